import { db } from "@/lib/db";

export interface AuditFilter {
  actorEmail?: string;
  action?: string;
  targetType?: string;
  /** Only events strictly older than this one (the page before ended there). */
  before?: { at: Date; id: string };
}

export interface AuditEventRow {
  id: string;
  at: Date;
  actorEmail: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  detail: string;
  /** Where the target can be opened now: the slug of an entry or article that still exists. */
  targetSlug: string | null;
}

/**
 * One page of the audit log, newest first, filtered; `next` is where the following page starts.
 * Ordered by time then id, so events recorded in the same millisecond are neither repeated nor skipped.
 */
export async function listAuditEvents(
  filter: AuditFilter & { limit: number },
): Promise<{ events: AuditEventRow[]; next: { at: Date; id: string } | null }> {
  const rows = await db.auditEvent.findMany({
    where: {
      ...(filter.actorEmail ? { actorEmail: filter.actorEmail } : {}),
      ...(filter.action ? { action: filter.action } : {}),
      ...(filter.targetType ? { targetType: filter.targetType } : {}),
      ...(filter.before ? { OR: [{ at: { lt: filter.before.at } }, { at: filter.before.at, id: { lt: filter.before.id } }] } : {}),
    },
    select: { id: true, at: true, actorEmail: true, action: true, targetType: true, targetId: true, detail: true },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: filter.limit + 1,
  });
  const page = rows.slice(0, filter.limit);
  const idsOf = (type: string) => page.filter((e) => e.targetType === type && e.targetId).map((e) => e.targetId!);
  const [entries, articles] = await Promise.all([
    db.entry.findMany({ where: { id: { in: idsOf("entry") } }, select: { id: true, slug: true } }),
    db.article.findMany({ where: { id: { in: idsOf("article") } }, select: { id: true, slug: true } }),
  ]);
  const slugs = new Map([...entries, ...articles].map((r) => [r.id, r.slug]));
  const last = page.at(-1);
  return {
    events: page.map((e) => ({ ...e, targetSlug: e.targetId ? (slugs.get(e.targetId) ?? null) : null })),
    next: rows.length > filter.limit && last ? { at: last.at, id: last.id } : null,
  };
}
