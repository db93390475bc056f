"use client";

import { useTranslations } from "next-intl";
import type { SavedTour } from "@/lib/offline/saved-tour";
import { SavedTourLink } from "./saved-tour-link";

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
  if (tours.length === 0) return null;
  return (
    <details className="saved-tours">
      <summary>{t("savedTours", { count: tours.length })}</summary>
      <ul>
        {tours.map((tour) => (
          <li key={`${tour.locale}/${tour.slug}`}>
            <SavedTourLink tour={tour} />{" "}
            <button type="button" onClick={() => onRemove(tour.locale, tour.slug)} disabled={disabled}>
              {t("removeTour", { title: tour.title })}
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
