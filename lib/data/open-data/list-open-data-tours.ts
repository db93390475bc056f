import { pickTranslation } from "@/lib/content/pick-translation";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { readTourCursorKey, type TourCursor, tourCursorKey } from "@/lib/open-data/queries/tour-cursor";
import { PUBLISHED } from "../published";

export interface OpenDataTour {
  slug: string;
  title: string;
  titleLocale: string;
  introduction: string;
  stepCount: number;
  publishedAt: Date | null;
}

export interface OpenDataTourPage {
  tours: OpenDataTour[];
  /** The key (`tourCursorKey`) of the last tour given, when more follow. */
  nextAfter: string | null;
}

/**
 * Past the cursor in "latest published first" order. A published tour always gets its date from the
 * move that published it; one without (older data) still counts, after every dated one, on both
 * databases (they would otherwise put nulls at opposite ends).
 */
function pastCursor(cursor: TourCursor | null): Prisma.TourWhereInput {
  if (cursor === null) return {};
  if (cursor.publishedAt === null) return { publishedAt: null, id: { lt: cursor.id } };
  return {
    OR: [{ publishedAt: { lt: cursor.publishedAt } }, { publishedAt: cursor.publishedAt, id: { lt: cursor.id } }, { publishedAt: null }],
  };
}

/**
 * One page of the published tours for the public API, latest published first, keyset-paged from the
 * cursor key `after`, optionally only those with a step on one published entry. Drafts, tours in review
 * and tours shared by link are never here.
 */
export async function listOpenDataTours(input: {
  entry?: string;
  locale: string;
  after: string | null;
  limit: number;
}): Promise<OpenDataTourPage> {
  const rows = await db.tour.findMany({
    where: {
      status: PUBLISHED,
      ...pastCursor(input.after === null ? null : readTourCursorKey(input.after)),
      ...(input.entry ? { steps: { some: { entry: { slug: input.entry, status: PUBLISHED } } } } : {}),
    },
    orderBy: [{ publishedAt: { sort: "desc", nulls: "last" } }, { id: "desc" }],
    take: input.limit + 1,
    select: {
      id: true,
      slug: true,
      publishedAt: true,
      translations: { select: { locale: true, title: true, introduction: true } },
      _count: { select: { steps: true } },
    },
  });
  const page = rows.slice(0, input.limit);
  const last = page[page.length - 1];
  return {
    tours: page.map((row) => {
      const text = pickTranslation(row.translations, input.locale);
      return {
        slug: row.slug,
        title: text?.title ?? row.slug,
        titleLocale: text?.locale ?? input.locale,
        introduction: text?.introduction ?? "",
        stepCount: row._count.steps,
        publishedAt: row.publishedAt,
      };
    }),
    nextAfter: rows.length > input.limit && last ? tourCursorKey(last) : null,
  };
}
