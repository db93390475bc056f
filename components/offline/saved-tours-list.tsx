"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { SavedTour } from "@/lib/offline/saved-tour";

/** Every tour saved on this device, each opening its saved page and removable: the storage is the teacher's. */
export function SavedToursList({
  tours,
  onRemove,
  disabled,
}: {
  tours: SavedTour[];
  onRemove: (locale: string, slug: string) => void;
  disabled: boolean;
}) {
  const t = useTranslations("offlineTour");
  const format = useFormatter();
  if (tours.length === 0) return null;
  return (
    <details className="saved-tours">
      <summary>{t("savedTours", { count: tours.length })}</summary>
      <ul>
        {tours.map((tour) => (
          <li key={`${tour.locale}/${tour.slug}`}>
            {/* A whole-page load, so the saved copy answers it when the network is gone. */}
            <a href={tour.pageUrl} lang={tour.locale}>
              {tour.title}
            </a>{" "}
            <span className="offline-tour-note">
              {t("savedOn", { date: format.dateTime(new Date(tour.savedAt), { dateStyle: "medium", timeStyle: "short" }) })}
            </span>{" "}
            <button type="button" onClick={() => onRemove(tour.locale, tour.slug)} disabled={disabled}>
              {t("removeTour", { title: tour.title })}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
