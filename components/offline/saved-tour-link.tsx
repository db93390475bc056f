"use client";

import { useFormatter, useTranslations } from "next-intl";
import type { SavedTour } from "@/lib/offline/saved-tour";

/** A saved tour's page, and when it was saved: a whole-page load, so the saved copy answers it when the network is gone. */
export function SavedTourLink({ tour }: { tour: SavedTour }) {
  const t = useTranslations("offlineTour");
  const format = useFormatter();
  return (
    <>
      <a href={tour.pageUrl} lang={tour.locale}>
        {tour.title}
      </a>{" "}
      <span className="offline-tour-note">
        {t("savedOn", { date: format.dateTime(new Date(tour.savedAt), { dateStyle: "medium", timeStyle: "short" }) })}
      </span>
    </>
  );
}
