import { db } from "@/lib/db";
import { PUBLISHABLE_TYPES } from "../publishing/publishable-types";
import { recordRows } from "../publishing/record-tables";

/** How many entries and articles wait for review: the number beside "Review" in the navigation. */
export async function countReviewQueue(): Promise<number> {
  const counts = await Promise.all(
    Object.values(PUBLISHABLE_TYPES).map((type) => recordRows(db, type).count({ where: { status: "in_review" } })),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}
