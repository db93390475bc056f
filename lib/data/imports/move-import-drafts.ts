import "server-only";
import type { StaffUser } from "@/lib/auth/current-user";
import type { PublicationStatus } from "@/lib/content/entry-kinds";
import { ENTRY } from "@/lib/data/entries/entry-record";
import { changeRecordStatuses, STATUS_MOVE_BATCH } from "@/lib/data/publishing/change-record-statuses";
import { assertMoveAllowed } from "@/lib/data/publishing/status-move";
import { createdEntriesWindow } from "./created-entries-window";
import { createdEntryIdPages } from "./created-entry-id-pages";

/** Where the bulk moves take an import's entries, and from which statuses: always forward, never back. */
const FROM: Record<"in_review" | "published", readonly PublicationStatus[]> = {
  in_review: ["draft"],
  published: ["draft", "in_review"],
};

/**
 * Sends every entry a finished import created that is still a draft for review, or publishes every
 * one still a draft or in review, through the lifecycle's batch form (a revision and an audit line
 * each, a few hundred per transaction). Entries changed since are moved by their status now; those
 * already further on are left alone, so a second run changes nothing. Returns how many moved.
 */
export async function moveImportDrafts(
  id: string,
  input: { to: "in_review" | "published"; actor: StaffUser },
): Promise<{ changed: number }> {
  const from = FROM[input.to];
  for (const status of from) assertMoveAllowed(ENTRY, status, input.to, input.actor);
  const window = await createdEntriesWindow(id);
  let changed = 0;
  if (!window) return { changed };
  for await (const ids of createdEntryIdPages(window, STATUS_MOVE_BATCH)) {
    changed += (await changeRecordStatuses(ENTRY, { ids, from, to: input.to, actor: input.actor })).changed;
  }
  return { changed };
}
