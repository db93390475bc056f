import { db } from "@/lib/db";
import { countRecordsInReview } from "./count-records-in-review";
import { WAITING_PROPOSALS } from "./waiting-proposals";

/** Everything waiting for a curator (entries, articles and tours in review, proposed changes): the number beside "Review" in the navigation. */
export async function countReviewQueue(): Promise<number> {
  const [records, proposals] = await Promise.all([countRecordsInReview(), db.pendingRevision.count({ where: WAITING_PROPOSALS })]);
  return records + proposals;
}
