"use client";

import { useLocale, useTranslations } from "next-intl";
import { useMemo } from "react";
import type { MapLabels } from "@/components/map/memorial-map";
import type { TimelineLabels } from "@/components/timeline/memorial-timeline";
import type { EntrySummary } from "@/lib/data/entries/entry-summary";

/** The map's words in the visitor's language (Leaflet builds its DOM outside React). */
export function useMapLabels(): MapLabels {
  const t = useTranslations("explorer");
  const kinds = useTranslations("kinds");
  const locale = useLocale();
  return useMemo(
    () => ({
      region: t("mapLabel"),
      cluster: (count: number) => t("clusterLabel", { count }),
      popup: {
        kind: (kind: EntrySummary["kind"]) => kinds(kind),
        approximate: t("approximateLocation"),
        area: t("areaLocation"),
        openEntryPage: t("openEntryPage"),
        entryHref: (slug: string) => `/${locale}/entries/${slug}`,
      },
    }),
    [t, kinds, locale],
  );
}

/** The timeline's words in the visitor's language. */
export function useTimelineLabels(): TimelineLabels {
  const t = useTranslations("explorer");
  const rows = useTranslations("timelineRows");
  return useMemo(
    () => ({
      region: t("timelineLabel"),
      controls: t("timelineControls"),
      earlier: t("earlier"),
      later: t("later"),
      zoomIn: t("zoomIn"),
      zoomOut: t("zoomOut"),
      rows: rows("scroller"),
      bucket: (count: number) => t("bucketLabel", { count }),
      bucketTitle: (count: number) => t("bucketTitle", { count }),
    }),
    [t, rows],
  );
}
