import { pickTranslation } from "@/lib/content/pick-translation";
import { db } from "@/lib/db";

export interface FeaturedTour {
  slug: string;
  title: string;
  titleLocale: string;
  introduction: string;
  stepCount: number;
}

/** The published (featured) tours, latest published first, at most `limit`: the home page's short list. */
export async function listFeaturedTours({ locale, limit = 6 }: { locale: string; limit?: number }): Promise<FeaturedTour[]> {
  const rows = await db.tour.findMany({
    where: { status: "published" },
    select: {
      slug: true,
      translations: { select: { locale: true, title: true, introduction: true } },
      _count: { select: { steps: true } },
    },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: limit,
  });
  return rows.map((row) => {
    const text = pickTranslation(row.translations, locale);
    return {
      slug: row.slug,
      title: text?.title ?? row.slug,
      titleLocale: text?.locale ?? locale,
      introduction: text?.introduction ?? "",
      stepCount: row._count.steps,
    };
  });
}
