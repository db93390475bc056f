import { db } from "@/lib/db";
import { PUBLISHABLE_TYPES } from "../publishing/publishable-types";
import { recordRows } from "../publishing/record-tables";

/** How many entries, articles and tours wait for review (the proposed changes to published ones apart). */
export async function countRecordsInReview(): Promise<number> {
  const counts = await Promise.all(
    Object.values(PUBLISHABLE_TYPES).map((type) => recordRows(db, type).count({ where: { status: "in_review" } })),
  );
  return counts.reduce((sum, count) => sum + count, 0);
}
