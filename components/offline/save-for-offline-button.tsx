import { listGalleryImageFiles } from "@/lib/data/media/list-gallery-image-files";
import type { TourView } from "@/lib/data/tours/get-tour-for-viewing";
import { getTourVersion } from "@/lib/data/tours/get-tour-version";
import { tourLinkedPages, tourOfflineFiles } from "@/lib/offline/tour-offline-files";
import { OfflineTourControls } from "./offline-tour-controls";

/**
 * "Save for offline" on a tour's page: what the tour's pages, the pages its steps link to and the
 * basemap need is worked out here, on the server, and the browser keeps those files through the
 * offline service worker (docs/classroom.md). `token` is the one the page was opened with,
 * `linkToken` the one its links carry.
 */
export async function SaveForOfflineButton({
  tour,
  locale,
  token,
  linkToken,
}: {
  tour: TourView;
  locale: string;
  token?: string;
  linkToken?: string;
}) {
  const version = await getTourVersion(tour.id);
  if (version === null || tour.steps.length === 0) return null;
  const images = await listGalleryImageFiles({
    entryIds: tour.steps.flatMap((step) => (step.entry ? [step.entry.id] : [])),
    articleSlugs: tour.steps.flatMap((step) => (step.article ? [step.article.slug] : [])),
  });
  const files = tourOfflineFiles({
    slug: tour.slug,
    locale,
    token: token ?? null,
    linkToken: linkToken ?? null,
    steps: tour.steps,
    images,
  });
  const contents = { pages: tourLinkedPages(locale, tour.steps).length, images: images.length, files: files.length };
  return (
    <OfflineTourControls tour={{ slug: tour.slug, locale, title: tour.title, version, pageUrl: files[0]!, files }} contents={contents} />
  );
}
