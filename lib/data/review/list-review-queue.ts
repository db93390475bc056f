import { pickTranslation } from "@/lib/content/pick-translation";
import { db } from "@/lib/db";

export interface ReviewItem {
  type: "entry" | "article";
  id: string;
  slug: string;
  title: string;
  /** The entry's kind; null for articles. */
  kind: string | null;
  /** What a decision from the queue must be based on. */
  version: number;
  /** Who sent it for review, when the history says (rows saved before revisions were kept do not). */
  submittedBy: { name: string | null; email: string | null } | null;
  submittedAt: Date;
}

/** The latest status change of an entry or article in review: its move to in_review. */
const SUBMISSION = {
  where: { action: "status" },
  orderBy: { version: "desc" },
  take: 1,
  select: { authorId: true, authorEmail: true, createdAt: true },
} as const;

/**
 * Everything waiting for a curator, oldest submission first. A submission is the item's latest
 * status change (the move to in_review); with no such revision, its last update stands in.
 */
export async function listReviewQueue({ locale }: { locale: string }): Promise<ReviewItem[]> {
  const [entries, articles] = await Promise.all([
    db.entry.findMany({
      where: { status: "in_review" },
      select: {
        id: true,
        slug: true,
        kind: true,
        version: true,
        updatedAt: true,
        translations: { select: { locale: true, title: true } },
        revisions: SUBMISSION,
      },
    }),
    db.article.findMany({
      where: { status: "in_review" },
      select: {
        id: true,
        slug: true,
        version: true,
        updatedAt: true,
        translations: { select: { locale: true, title: true } },
        revisions: SUBMISSION,
      },
    }),
  ]);

  const authorIds = [
    ...new Set(
      [...entries, ...articles].flatMap((item) => item.revisions.map((r) => r.authorId)).filter((id): id is string => id !== null),
    ),
  ];
  const users = await db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } });
  const nameOf = new Map(users.map((u) => [u.id, u.name]));

  const toItem = (
    type: ReviewItem["type"],
    { translations, revisions, ...item }: (typeof articles)[number] & { kind?: string },
  ): ReviewItem => {
    const submission = revisions[0];
    return {
      type,
      id: item.id,
      slug: item.slug,
      kind: item.kind ?? null,
      version: item.version,
      title: pickTranslation(translations, locale)?.title ?? item.slug,
      submittedBy: submission
        ? { name: submission.authorId ? (nameOf.get(submission.authorId) ?? null) : null, email: submission.authorEmail }
        : null,
      submittedAt: submission?.createdAt ?? item.updatedAt,
    };
  };
  const items = [...entries.map((entry) => toItem("entry", entry)), ...articles.map((article) => toItem("article", article))];
  return items.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime() || a.title.localeCompare(b.title));
}
