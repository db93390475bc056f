import { pickTranslation } from "@/lib/content/pick-translation";
import { db } from "@/lib/db";

export interface ReviewItem {
  type: "entry" | "article";
  id: string;
  slug: string;
  title: string;
  /** The entry's kind; null for articles. */
  kind: string | null;
  /** Entries only: what a decision from the queue must be based on. */
  version: number;
  /** Who sent it for review, when the history says (articles do not record it yet). */
  submittedBy: { name: string | null; email: string | null } | null;
  submittedAt: Date;
}

/**
 * Everything waiting for a curator, oldest first. An entry's submission is its latest status change
 * (the move to in_review); an article's is its last update.
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
        revisions: {
          where: { action: "status" },
          orderBy: { version: "desc" },
          take: 1,
          select: { authorId: true, authorEmail: true, createdAt: true },
        },
      },
    }),
    db.article.findMany({
      where: { status: "in_review" },
      select: { id: true, slug: true, version: true, updatedAt: true, translations: { select: { locale: true, title: true } } },
    }),
  ]);

  const authorIds = [...new Set(entries.flatMap((e) => e.revisions.map((r) => r.authorId)).filter((id): id is string => id !== null))];
  const users = await db.user.findMany({ where: { id: { in: authorIds } }, select: { id: true, name: true } });
  const nameOf = new Map(users.map((u) => [u.id, u.name]));

  const items: ReviewItem[] = [
    ...entries.map(({ translations, revisions, ...entry }): ReviewItem => {
      const submission = revisions[0];
      return {
        type: "entry",
        id: entry.id,
        slug: entry.slug,
        kind: entry.kind,
        version: entry.version,
        title: pickTranslation(translations, locale)?.title ?? entry.slug,
        submittedBy: submission ? { name: submission.authorId ? (nameOf.get(submission.authorId) ?? null) : null, email: submission.authorEmail } : null,
        submittedAt: submission?.createdAt ?? entry.updatedAt,
      };
    }),
    ...articles.map(({ translations, ...article }): ReviewItem => ({
      type: "article",
      id: article.id,
      slug: article.slug,
      kind: null,
      version: article.version,
      title: pickTranslation(translations, locale)?.title ?? article.slug,
      submittedBy: null,
      submittedAt: article.updatedAt,
    })),
  ];
  return items.sort((a, b) => a.submittedAt.getTime() - b.submittedAt.getTime() || a.title.localeCompare(b.title));
}
