import { db } from "@/lib/db";

/**
 * A tour's version (it goes up with every saved edit, status move and restore), for a copy saved for
 * offline to tell whether the tour changed since; null when there is no such tour.
 */
export async function getTourVersion(id: string): Promise<number | null> {
  const row = await db.tour.findUnique({ where: { id }, select: { version: true } });
  return row?.version ?? null;
}
