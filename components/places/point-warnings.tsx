"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import type { PointCheck } from "@/lib/gazetteer/point-check";
import "./places.css";

export interface PointWarningsProps {
  latitude: number | null;
  longitude: number | null;
  /** The entry's stated country (ISO alpha-2), if any. */
  country?: string | null;
}

const SETTLE_MS = 400;

/**
 * Says, politely, when the basemap draws the point in the sea or outside the stated country. It
 * states what Natural Earth draws, nothing more: where borders are disputed the curator decides.
 */
export function PointWarnings({ latitude, longitude, country }: PointWarningsProps) {
  const t = useTranslations("places");
  const locale = useLocale();
  const [check, setCheck] = useState<PointCheck | "failed" | null>(null);

  useEffect(() => {
    setCheck(null);
    if (latitude === null || longitude === null || !Number.isFinite(latitude) || !Number.isFinite(longitude)) return;
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      const parameters = new URLSearchParams({ lat: String(latitude), lng: String(longitude) });
      if (country) parameters.set("country", country);
      try {
        const response = await fetch(`/api/v1/places/check?${parameters}`, { signal: controller.signal });
        if (!response.ok) throw new Error(`check: ${response.status}`);
        setCheck((await response.json()) as PointCheck);
      } catch {
        if (!controller.signal.aborted) setCheck("failed");
      }
    }, SETTLE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [latitude, longitude, country]);

  const warnings: string[] = [];
  if (check === "failed") warnings.push(t("checkFailed"));
  else if (check) {
    if (check.atSea) warnings.push(t("atSea"));
    if (country && check.inStatedCountry === false) {
      warnings.push(
        t("outsideCountry", { country: new Intl.DisplayNames([locale], { type: "region" }).of(country.toUpperCase()) ?? country }),
      );
    }
  }
  return (
    <div className="point-warnings" role="status" aria-live="polite">
      {warnings.map((warning) => (
        <p key={warning}>{warning}</p>
      ))}
    </div>
  );
}
