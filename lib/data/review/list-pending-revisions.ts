import { db } from "@/lib/db";
import { type Page, type PageRequest, pageOffset, toPage } from "@/lib/paging/page";
import type { FieldChange } from "@/lib/revisions/diff-snapshots";
import { recordTitle } from "@/lib/revisions/record-title";
import type { AnyPublishableType } from "../publishing/publishable-type";
import { PUBLISHABLE_NAMES, PUBLISHABLE_TYPES } from "../publishing/publishable-types";
import { recordChanges } from "../publishing/record-changes";
import type { ReviewableType } from "./status-changes";
import { WAITING_PROPOSALS } from "./waiting-proposals";

export interface PendingRevisionItem {
  type: ReviewableType;
  pendingId: string;
  slug: string;
  title: string;
  proposedBy: { name: string | null; email: string };
  /** Its last save: what a decision is based on (sent back with it). */
  proposedAt: Date;
  /** The version it was proposed on, and the record's now: when they differ it cannot be approved as it is. */
  baseVersion: number;
  currentVersion: number;
  /** What it changes against what is live, as the history compares revisions. */
  changes: FieldChange[];
}

/**
 * Proposed changes to published entries, articles and tours waiting for a curator, one page of them, oldest
 * (by their last save) first, with how many wait in all; each with its diff against the published
 * version. Only the page's proposals and their records are read (the queue's index orders them).
 */
export async function listPendingRevisions({ locale, page }: { locale: string; page: PageRequest }): Promise<Page<PendingRevisionItem>> {
  const [rows, total] = await Promise.all([
    db.pendingRevision.findMany({
      where: WAITING_PROPOSALS,
      orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      skip: pageOffset(page),
      // One more than the page: whether a next page exists, without counting again.
      take: page.size + 1,
      select: {
        id: true,
        entryId: true,
        articleId: true,
        tourId: true,
        baseVersion: true,
        snapshot: true,
        authorId: true,
        authorEmail: true,
        updatedAt: true,
      },
    }),
    db.pendingRevision.count({ where: WAITING_PROPOSALS }),
  ]);
  const shown = rows.slice(0, page.size);
  const users = await db.user.findMany({
    where: { id: { in: [...new Set(shown.map((r) => r.authorId))] } },
    select: { id: true, name: true },
  });
  const nameOf = new Map(users.map((u) => [u.id, u.name]));
  const items = await Promise.all(
    shown.map(async (row): Promise<PendingRevisionItem | null> => {
      const name = PUBLISHABLE_NAMES.find((kind) => row[PUBLISHABLE_TYPES[kind].ownerColumn] !== null)!;
      const type: AnyPublishableType = PUBLISHABLE_TYPES[name];
      const recordId = row[type.ownerColumn]!;
      const live = await type.readSnapshot(db, recordId).catch(() => null);
      if (!live) return null;
      const proposed = type.parseStored(row.snapshot);
      return {
        type: name,
        pendingId: row.id,
        slug: live.snapshot.slug,
        title: recordTitle(live.snapshot, locale),
        proposedBy: { name: nameOf.get(row.authorId) ?? null, email: row.authorEmail },
        proposedAt: row.updatedAt,
        baseVersion: row.baseVersion,
        currentVersion: live.version,
        // The status is no part of an edit: a proposal never changes it.
        changes: recordChanges(type, live.snapshot, proposed).filter((c) => c.field !== "status"),
      };
    }),
  );
  // A record deleted between the two reads is simply left out.
  const found = items.filter((item): item is PendingRevisionItem => item !== null);
  return { ...toPage(found, page, total), hasNext: rows.length > page.size };
}
