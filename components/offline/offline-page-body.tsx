"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { SavedTour } from "@/lib/offline/saved-tour";
import { readSavedTours } from "@/lib/offline/saved-tours";
import { SavedTourLink } from "./saved-tour-link";

/**
 * What the offline page offers instead of the page that failed: the tours saved on this device (read
 * from the caches, so this copy of the page lists the ones saved since it was), and another try.
 */
export function OfflinePageBody() {
  const t = useTranslations("offlinePage");
  const [tours, setTours] = useState<SavedTour[] | null>(null);
  useEffect(() => {
    if (!("caches" in window)) {
      setTours([]);
      return;
    }
    readSavedTours().then(
      (copies) => setTours(copies.map(({ tour }) => tour)),
      () => setTours([]),
    );
  }, []);
  return (
    <>
      {tours === null ? null : tours.length === 0 ? (
        <p>{t("noSavedTours")}</p>
      ) : (
        <>
          <p>{t("savedTours")}</p>
          <ul>
            {tours.map((tour) => (
              <li key={`${tour.locale}/${tour.slug}`}>
                <SavedTourLink tour={tour} />
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <button type="button" onClick={() => window.location.reload()}>
          {t("retry")}
        </button>
      </p>
    </>
  );
}
