import { db } from "@/lib/db";
import { parseStoredSnapshot, type StoredEntrySnapshot } from "@/lib/revisions/entry-snapshot";

export interface RevisionRow {
  version: number;
  action: string;
  authorEmail: string | null;
  createdAt: Date;
  /** Older revisions hold a legacy snapshot (comparable links only, no sources). */
  snapshot: StoredEntrySnapshot;
}

/** An entry's revisions, newest first. */
export async function listRevisions(entryId: string): Promise<RevisionRow[]> {
  const rows = await db.revision.findMany({
    where: { entryId },
    select: { version: true, action: true, authorEmail: true, createdAt: true, snapshot: true },
    orderBy: { version: "desc" },
  });
  return rows.map((row) => ({ ...row, snapshot: parseStoredSnapshot(row.snapshot) }));
}
