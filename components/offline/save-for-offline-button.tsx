import type { TourView } from "@/lib/data/tours/get-tour-for-viewing";
import { getTourVersion } from "@/lib/data/tours/get-tour-version";
import { tourOfflineFiles } from "@/lib/offline/tour-offline-files";
import { OfflineTourControls } from "./offline-tour-controls";

/**
 * "Save for offline" on a tour's page: what the tour's pages and basemap need is worked out here, on
 * the server, and the browser keeps those files through the offline service worker (docs/classroom.md).
 */
export async function SaveForOfflineButton({ tour, locale, token }: { tour: TourView; locale: string; token?: string }) {
  const version = await getTourVersion(tour.id);
  if (version === null || tour.steps.length === 0) return null;
  const files = tourOfflineFiles({ slug: tour.slug, locale, token: token ?? null, steps: tour.steps });
  return <OfflineTourControls tour={{ slug: tour.slug, locale, title: tour.title, version, pageUrl: files[0]!, files }} />;
}
