import { db } from "@/lib/db";

/** How many entries and articles wait for review: the number beside "Review" in the navigation. */
export async function countReviewQueue(): Promise<number> {
  const [entries, articles] = await Promise.all([
    db.entry.count({ where: { status: "in_review" } }),
    db.article.count({ where: { status: "in_review" } }),
  ]);
  return entries + articles;
}
