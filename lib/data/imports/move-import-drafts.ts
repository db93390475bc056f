import "server-only";
import type { StaffUser } from "@/lib/auth/current-user";
import type { PublicationStatus } from "@/lib/content/entry-kinds";
import { ENTRY } from "@/lib/data/entries/entry-record";
import { changeRecordStatuses, STATUS_MOVE_BATCH } from "@/lib/data/publishing/change-record-statuses";
import { assertMoveAllowed } from "@/lib/data/publishing/status-move";
import { db } from "@/lib/db";
import { requireFinishedImport } from "./require-finished-import";

/** Where the bulk moves take an import's entries, and from which statuses: always forward, never back. */
const FROM: Record<"in_review" | "published", readonly PublicationStatus[]> = {
  in_review: ["draft"],
  published: ["draft", "in_review"],
};

/**
 * Sends every entry a finished import created (Entry.importJobId) that is still a draft for review,
 * or publishes every one still a draft or in review, through the lifecycle's batch form (a revision
 * and an audit line each, a few hundred per transaction), a page of ids at a time so a
 * ten-thousand-row import is never held whole. Entries changed since are moved by their status now;
 * those already further on are left alone, so a second run changes nothing. Returns how many moved.
 */
export async function moveImportDrafts(
  id: string,
  input: { to: "in_review" | "published"; actor: StaffUser },
): Promise<{ changed: number }> {
  const from = FROM[input.to];
  for (const status of from) assertMoveAllowed(ENTRY, status, input.to, input.actor);
  await requireFinishedImport(id);
  let changed = 0;
  let after: string | null = null;
  for (;;) {
    const page: { id: string }[] = await db.entry.findMany({
      where: { importJobId: id, status: { in: [...from] }, ...(after === null ? {} : { id: { gt: after } }) },
      orderBy: { id: "asc" },
      select: { id: true },
      take: STATUS_MOVE_BATCH,
    });
    if (page.length === 0) break;
    const ids = page.map((row) => row.id);
    changed += (await changeRecordStatuses(ENTRY, { ids, from, to: input.to, actor: input.actor })).changed;
    if (page.length < STATUS_MOVE_BATCH) break;
    after = ids.at(-1)!;
  }
  return { changed };
}
