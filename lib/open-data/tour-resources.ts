import type { OpenDataTour } from "@/lib/data/open-data/list-open-data-tours";
import type { TourView } from "@/lib/data/tours/get-tour-for-viewing";
import type { TourStepKind } from "@/lib/validation/tour";
import { pointGeometry } from "./geojson-features";
import { articlePageUrl, entryPageUrl, tourApiUrl, tourHandoutUrl, tourPageUrl, tourPresentUrl } from "./page-urls";
import type { TourDetail, TourListItem } from "./schemas/tour-schemas";

/** A published tour as the list gives it: its texts and where to read, present, print and fetch it, in one language. */
export function tourListItem(tour: OpenDataTour, locale: string): TourListItem {
  return {
    slug: tour.slug,
    title: tour.title,
    titleLocale: tour.titleLocale,
    introduction: tour.introduction,
    stepCount: tour.stepCount,
    publishedAt: tour.publishedAt?.toISOString() ?? null,
    url: tourPageUrl(locale, tour.slug),
    presentUrl: tourPresentUrl(locale, tour.slug),
    handoutUrl: tourHandoutUrl(locale, tour.slug),
    apiUrl: tourApiUrl(locale, tour.slug),
  };
}

/** One tour as its page shows it (steps, framing, sources), without what only staff see (owner, share token). */
export function tourDetail(tour: TourView, publishedAt: Date | null, locale: string): TourDetail {
  const { slug, title, titleLocale, introduction } = tour;
  return {
    ...tourListItem({ slug, title, titleLocale, introduction, stepCount: tour.steps.length, publishedAt }, locale),
    steps: tour.steps.map((step) => ({
      number: step.number,
      kind: step.kind as TourStepKind,
      title: step.title,
      titleLocale: step.titleLocale,
      narrative: step.narrative,
      question: step.question,
      entry: step.entry ? { ...step.entry, url: entryPageUrl(locale, step.entry.slug) } : null,
      article: step.article ? { ...step.article, url: articlePageUrl(locale, step.article.slug) } : null,
      view: step.view,
      window: step.window,
      sources: step.sources,
    })),
  };
}

/** The steps as points in order (RFC 7946, longitude first), for a GIS tool to draw as a route; a step with no entry on the map has no geometry. */
export function tourFeatureCollection(tour: TourDetail) {
  return {
    type: "FeatureCollection" as const,
    features: tour.steps.map((step) => ({
      type: "Feature" as const,
      id: `step-${step.number}`,
      geometry: step.entry ? pointGeometry(step.entry) : null,
      properties: {
        number: step.number,
        kind: step.kind,
        title: step.title,
        titleLocale: step.titleLocale,
        entry: step.entry ? { slug: step.entry.slug, title: step.entry.title, url: step.entry.url } : null,
      },
    })),
    tour: { slug: tour.slug, title: tour.title, titleLocale: tour.titleLocale, url: tour.url },
  };
}
