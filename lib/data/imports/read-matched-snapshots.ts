import "server-only";
import { readEntrySnapshots } from "@/lib/data/revisions/read-entry-snapshots";
import { db } from "@/lib/db";

/** The entries rows matched, as their editor sees them, with their versions: a few queries for a whole batch. */
export async function readMatchedSnapshots(ids: readonly string[]) {
  return readEntrySnapshots(db, ids);
}
