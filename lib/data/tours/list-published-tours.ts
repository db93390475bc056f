import { pickTranslation } from "@/lib/content/pick-translation";
import { db } from "@/lib/db";
import { type Page, type PageRequest, pageOffset, toPage } from "@/lib/paging/page";

export interface PublishedTour {
  slug: string;
  title: string;
  titleLocale: string;
  introduction: string;
  stepCount: number;
}

/**
 * One page of the published tours, latest published first, with how many there are (tours are few
 * next to entries, so counting them costs less than the page): the public list of tours and, as its
 * first few, the home page's featured tours.
 */
export async function listPublishedTours({ locale, page }: { locale: string; page: PageRequest }): Promise<Page<PublishedTour>> {
  const where = { status: "published" };
  const [rows, total] = await Promise.all([
    db.tour.findMany({
      where,
      select: {
        slug: true,
        translations: { select: { locale: true, title: true, introduction: true } },
        _count: { select: { steps: true } },
      },
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      skip: pageOffset(page),
      take: page.size + 1,
    }),
    db.tour.count({ where }),
  ]);
  const tours = rows.map((row) => {
    const text = pickTranslation(row.translations, locale);
    return {
      slug: row.slug,
      title: text?.title ?? row.slug,
      titleLocale: text?.locale ?? locale,
      introduction: text?.introduction ?? "",
      stepCount: row._count.steps,
    };
  });
  return toPage(tours, page, total);
}
