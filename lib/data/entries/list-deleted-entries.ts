import { CONTENT_LOCALES, type ContentLocale } from "@/lib/content/locales";
import { db } from "@/lib/db";
import { type Page, type PageRequest, pageOffset, toPage } from "@/lib/paging/page";
import { type StoredEntrySnapshot, withNotesPerLanguage } from "@/lib/revisions/entry-snapshot";

export interface DeletedEntry {
  /** The audit event that recorded the deletion and kept the entry's last snapshot. */
  auditEventId: string;
  slug: string;
  title: string;
  kind: string;
  deletedAt: Date;
  deletedBy: string | null;
  /** Another entry now has the slug (perhaps this one, restored): it cannot be restored under it. */
  slugTaken: boolean;
  /** Already brought back once: a second restore would make a duplicate. */
  restored: boolean;
}

/** Audit events whose deletion has been undone, as recorded by restoreDeletedEntry. */
export async function restoredDeletionIds(): Promise<Set<string>> {
  const undeleted = await db.auditEvent.findMany({ where: { action: "entry.undelete" }, select: { detail: true } });
  return new Set(undeleted.map((e) => (JSON.parse(e.detail) as { fromAuditEvent?: string }).fromAuditEvent ?? ""));
}

/** Reads the snapshot a deletion kept; null for an event written before deletions kept one. */
export function deletedSnapshot(detail: string): StoredEntrySnapshot | null {
  const parsed: unknown = JSON.parse(detail);
  if (parsed === null || typeof parsed !== "object" || !("snapshot" in parsed)) return null;
  const snapshot = (parsed as { snapshot: unknown }).snapshot;
  return snapshot !== null && typeof snapshot === "object" && "slug" in snapshot
    ? withNotesPerLanguage(snapshot as StoredEntrySnapshot)
    : null;
}

/**
 * One page of the entries deleted from the collection, newest first, as the audit log remembers them.
 * Not counted: that would read the whole audit log.
 */
export async function listDeletedEntries({ locale, page }: { locale: string; page: PageRequest }): Promise<Page<DeletedEntry>> {
  const rows = await db.auditEvent.findMany({
    where: { action: "entry.delete" },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    skip: pageOffset(page),
    take: page.size + 1,
    select: { id: true, at: true, actorEmail: true, detail: true },
  });
  const events = rows.slice(0, page.size);
  const deleted = events.flatMap((event) => {
    const snapshot = deletedSnapshot(event.detail);
    return snapshot ? [{ event, snapshot }] : [];
  });
  const taken = new Set(
    (await db.entry.findMany({ where: { slug: { in: deleted.map((d) => d.snapshot.slug) } }, select: { slug: true } })).map((e) => e.slug),
  );
  const restored = await restoredDeletionIds();
  const order = [locale, ...CONTENT_LOCALES.filter((l) => l !== locale)] as ContentLocale[];
  const items = deleted.map(({ event, snapshot }) => ({
    auditEventId: event.id,
    slug: snapshot.slug,
    title: order.map((l) => snapshot.translations[l]?.title).find(Boolean) ?? snapshot.slug,
    kind: snapshot.kind,
    deletedAt: event.at,
    deletedBy: event.actorEmail,
    slugTaken: taken.has(snapshot.slug),
    restored: restored.has(event.id),
  }));
  return { ...toPage(items, page), hasNext: rows.length > page.size };
}
