import type { TourView } from "@/lib/data/tours/get-tour-for-viewing";
import type { HandoutItem } from "./handout-item";
import { tourPagePath } from "./tour-page-path";

/**
 * A tour's steps as handout items, in order: the step's title, the teacher's narrative and question,
 * and its entry's sources. A step is placed at its entry's point and span; a step without one (a slide,
 * an article) at the centre of the map view and the timeline window the teacher chose for it, which
 * is where the presentation shows it. A step with no page of its own links to the tour's page.
 */
export function tourHandoutItems(tour: TourView, locale: string, token: string | undefined): HandoutItem[] {
  const tourPath = tourPagePath(locale, tour.slug, token);
  return tour.steps.map((step) => {
    const { entry, article, view, window } = step;
    const placed = entry?.latitude != null && entry.longitude != null ? { latitude: entry.latitude, longitude: entry.longitude } : view;
    const span =
      entry?.startTime != null
        ? { start: entry.startTime, end: entry.endTime ?? entry.startTime }
        : window
          ? { start: (window.start + window.end) / 2, end: (window.start + window.end) / 2 }
          : null;
    return {
      key: `step-${step.number}`,
      title: step.title,
      lang: step.titleLocale === locale ? undefined : step.titleLocale,
      path: entry ? `/${locale}/entries/${entry.slug}` : article ? `/${locale}/articles/${article.slug}` : tourPath,
      dateLabel: entry?.dateLabel ?? null,
      placeName: "",
      summary: "",
      latitude: placed?.latitude ?? null,
      longitude: placed?.longitude ?? null,
      startTime: span?.start ?? null,
      endTime: span?.end ?? null,
      sources: step.sources,
      narrative: step.narrative,
      question: step.question,
    };
  });
}
