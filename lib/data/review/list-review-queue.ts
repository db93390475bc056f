import { pickTranslation } from "@/lib/content/pick-translation";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { type Page, type PageRequest, pageOffset, toPage } from "@/lib/paging/page";
import type { PublishableName } from "../publishing/publishable-types";
import { countRecordsInReview } from "./count-records-in-review";

export interface ReviewItem {
  type: PublishableName;
  id: string;
  slug: string;
  title: string;
  /** The entry's kind; null for articles and tours. */
  kind: string | null;
  /** What a decision from the queue must be based on. */
  version: number;
  /** Who sent it for review, when the history says (rows saved before revisions were kept do not). */
  submittedBy: { name: string | null; email: string | null } | null;
  submittedAt: Date;
}

/** The latest status change of a record in review: its move to in_review. */
const SUBMISSION = {
  where: { action: "status" },
  orderBy: { version: "desc" },
  take: 1,
  select: { authorId: true, authorEmail: true, createdAt: true },
} as const;

/**
 * The queue's order, one page of it: by submission (the latest status change, or else the last
 * update), oldest first, in the database, so only the page's items are read in full.
 */
async function queuePage(page: PageRequest): Promise<{ type: ReviewItem["type"]; id: string }[]> {
  return db.$queryRaw<{ type: ReviewItem["type"]; id: string }[]>(Prisma.sql`
    SELECT q."type", q."id" FROM (
      SELECT 'entry' AS "type", e."id",
        COALESCE((SELECT r."createdAt" FROM "Revision" r WHERE r."entryId" = e."id" AND r."action" = 'status'
                  ORDER BY r."version" DESC LIMIT 1), e."updatedAt") AS "submittedAt"
      FROM "Entry" e WHERE e."status" = 'in_review'
      UNION ALL
      SELECT 'article' AS "type", a."id",
        COALESCE((SELECT r."createdAt" FROM "ArticleRevision" r WHERE r."articleId" = a."id" AND r."action" = 'status'
                  ORDER BY r."version" DESC LIMIT 1), a."updatedAt") AS "submittedAt"
      FROM "Article" a WHERE a."status" = 'in_review'
      UNION ALL
      SELECT 'tour' AS "type", t."id",
        COALESCE((SELECT r."createdAt" FROM "TourRevision" r WHERE r."tourId" = t."id" AND r."action" = 'status'
                  ORDER BY r."version" DESC LIMIT 1), t."updatedAt") AS "submittedAt"
      FROM "Tour" t WHERE t."status" = 'in_review'
    ) q
    ORDER BY q."submittedAt" ASC, q."id" ASC
    LIMIT ${page.size + 1} OFFSET ${pageOffset(page)}`);
}

/**
 * Everything waiting for a curator, oldest submission first, a page at a time with the count. A
 * submission is the item's latest status change (the move to in_review); with no such revision,
 * its last update stands in.
 */
export async function listReviewQueue({ locale, page }: { locale: string; page: PageRequest }): Promise<Page<ReviewItem>> {
  const [order, total] = await Promise.all([queuePage(page), countRecordsInReview()]);
  const idsOf = (type: ReviewItem["type"]) => order.filter((row) => row.type === type).map((row) => row.id);
  const titled = {
    id: true,
    slug: true,
    version: true,
    updatedAt: true,
    translations: { select: { locale: true, title: true } },
    revisions: SUBMISSION,
  } as const;
  const [entries, articles, tours] = await Promise.all([
    db.entry.findMany({ where: { id: { in: idsOf("entry") } }, select: { ...titled, kind: true } }),
    db.article.findMany({ where: { id: { in: idsOf("article") } }, select: titled }),
    db.tour.findMany({ where: { id: { in: idsOf("tour") } }, select: titled }),
  ]);

  const authorIds = [
    ...new Set(
      [...entries, ...articles, ...tours]
        .flatMap((item) => item.revisions.map((r) => r.authorId))
        .filter((id): id is string => id !== null),
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
  const items = new Map(
    [...entries.map((e) => toItem("entry", e)), ...articles.map((a) => toItem("article", a)), ...tours.map((t) => toItem("tour", t))].map(
      (i) => [`${i.type}:${i.id}`, i],
    ),
  );
  // Read in the queue's order; an item decided between the two reads is simply left out.
  const rows = order.slice(0, page.size).flatMap((row) => items.get(`${row.type}:${row.id}`) ?? []);
  return { ...toPage(rows, page, total), hasNext: order.length > page.size };
}
