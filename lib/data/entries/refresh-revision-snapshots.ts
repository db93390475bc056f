import { readEntrySnapshots } from "@/lib/data/revisions/read-entry-snapshots";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Transaction } from "../transaction";

/** Revisions rewritten per statement: three bound values each. */
const PER_STATEMENT = 3000;

/**
 * Brings the latest revision of each entry up to date with the entry as it is now, without a new
 * version: for links that a later entry of the same load gives it, which belong in its first revision.
 */
export async function refreshRevisionSnapshots(tx: Transaction, entryIds: string[]): Promise<void> {
  if (entryIds.length === 0) return;
  const snapshots = await readEntrySnapshots(tx, entryIds);
  const latest = await tx.revision.findMany({
    where: { entryId: { in: entryIds } },
    select: { id: true, entryId: true, version: true },
  });
  const rows = latest.flatMap((revision) => {
    const now = snapshots.get(revision.entryId);
    return now && now.version === revision.version ? [{ id: revision.id, snapshot: JSON.stringify(now.snapshot) }] : [];
  });
  for (let start = 0; start < rows.length; start += PER_STATEMENT) {
    const chunk = rows.slice(start, start + PER_STATEMENT);
    const cases = Prisma.join(
      chunk.map((row) => Prisma.sql`WHEN ${row.id} THEN ${row.snapshot}`),
      " ",
    );
    await tx.$executeRaw(
      Prisma.sql`UPDATE "Revision" SET "snapshot" = CASE "id" ${cases} END WHERE "id" IN (${Prisma.join(chunk.map((row) => row.id))})`,
    );
  }
}
