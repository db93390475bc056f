import type { StaffUser } from "@/lib/auth/current-user";
import { mayChangeEveryTour } from "./assert-may-change-tour";
import type { TourAccess } from "./get-tour-access";

/**
 * Who sees a tour's public page: everyone once it is published; anyone holding its share token while
 * it is shared; otherwise only its teacher and the curators.
 */
export function mayViewTour(tour: TourAccess, viewer: StaffUser | null, token: string | undefined): boolean {
  if (tour.status === "published") return true;
  if (tour.shared && token !== undefined && token === tour.shareToken) return true;
  return viewer !== null && (viewer.id === tour.ownerId || mayChangeEveryTour(viewer));
}
