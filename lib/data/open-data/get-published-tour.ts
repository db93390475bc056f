import { db } from "@/lib/db";
import { PUBLISHED } from "../published";
import { getTourForViewing, type TourView } from "../tours/get-tour-for-viewing";

export interface PublishedTour {
  tour: TourView;
  publishedAt: Date | null;
}

/**
 * A tour as the public API shows it: only a published one. A draft, a tour in review or one shared by
 * its link is null here whatever the request carries (the API takes no share token), and is not read
 * beyond its status.
 */
export async function getPublishedTour(slug: string, locale: string): Promise<PublishedTour | null> {
  const row = await db.tour.findUnique({ where: { slug }, select: { status: true, publishedAt: true } });
  if (row?.status !== PUBLISHED) return null;
  const tour = await getTourForViewing(slug, locale);
  // Read again with the steps: it may have been withdrawn in between.
  return tour?.status === PUBLISHED ? { tour, publishedAt: row.publishedAt } : null;
}
