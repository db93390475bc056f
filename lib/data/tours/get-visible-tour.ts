import type { StaffUser } from "@/lib/auth/current-user";
import { getTourForViewing, type TourView } from "./get-tour-for-viewing";
import { mayViewTour } from "./may-view-tour";

/**
 * A tour as its public pages show it, or null when there is none or this person may not see it (the
 * pages answer 404 either way, so a private tour's address tells nobody it exists).
 */
export async function getVisibleTour(input: {
  slug: string;
  locale: string;
  viewer: StaffUser | null;
  token: string | undefined;
}): Promise<TourView | null> {
  const tour = await getTourForViewing(input.slug, input.locale);
  return tour && mayViewTour(tour, input.viewer, input.token) ? tour : null;
}
