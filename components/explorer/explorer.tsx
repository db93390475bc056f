"use client";

import { useLocale, useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import type { EntryDetail } from "@/lib/data/entries/get-published-entry";
import { padBounds } from "@/components/map/map-bounds";
import { EntryList } from "./entry-list";
import { entriesInView } from "./entries-in-view";
import { KindLegend } from "./kind-legend";
import { SelectedEntryPanel } from "./selected-entry-panel";
import type { MapLink, MapView, TileConfig, TimeWindow } from "./types";
import { usePrefersReducedMotion } from "./use-prefers-reduced-motion";
import { useViewportEntries } from "./use-viewport-entries";
import { fetchEntryDetail } from "./viewport-client";

function MapLoading() {
  return <div className="memorial-map is-loading">{useTranslations("explorer")("loadingMap")}</div>;
}

function TimelineLoading() {
  return <div className="memorial-timeline is-loading">{useTranslations("explorer")("loadingTimeline")}</div>;
}

const MemorialMap = dynamic(() => import("@/components/map/memorial-map"), { ssr: false, loading: MapLoading });
const MemorialTimeline = dynamic(() => import("@/components/timeline/memorial-timeline"), { ssr: false, loading: TimelineLoading });

const INITIAL_WINDOW: TimeWindow = { start: Date.UTC(1930, 0, 1), end: Date.UTC(2030, 0, 1) };
/** Past this many entries in view, the map shows clusters and the timeline shows counts per span. */
const MAP_LIMIT = 300;
const TIMELINE_LIMIT = 300;

function padWindow(window: TimeWindow): TimeWindow {
  const width = window.end - window.start;
  return { start: window.start - width, end: window.end + width };
}

export interface ExplorerProps {
  initialSlug: string | null;
  tiles: TileConfig | null;
}

export function Explorer({ initialSlug, tiles }: ExplorerProps) {
  const locale = useLocale();
  const t = useTranslations("explorer");
  const kinds = useTranslations("kinds");
  const reducedMotion = usePrefersReducedMotion();
  const [view, setView] = useState<MapView | null>(null);
  const bounds = view?.bounds ?? null;
  const [window, setWindow] = useState<TimeWindow>(INITIAL_WINDOW);
  const [filterToWindow, setFilterToWindow] = useState(false);
  const [selected, setSelected] = useState<EntrySummary | null>(null);
  const [detail, setDetail] = useState<EntryDetail | null>(null);
  const [announcement, setAnnouncement] = useState("");

  const mapData = useViewportEntries(
    view
      ? {
          bounds: padBounds(view.bounds, 0.5),
          window: filterToWindow ? window : undefined,
          require: "coordinates",
          aggregate: "map",
          zoom: view.zoom,
          limit: MAP_LIMIT,
          locale,
        }
      : null,
  );
  const timelineData = useViewportEntries({
    window: padWindow(window),
    require: "dates",
    aggregate: "timeline",
    limit: TIMELINE_LIMIT,
    locale,
  });

  const select = useCallback((entry: EntrySummary | null) => {
    setSelected((previous) => (previous?.id === entry?.id ? previous : entry));
    setAnnouncement(entry ? t("selected", { title: [entry.title, entry.dateLabel].filter(Boolean).join(", ") }) : t("selectionCleared"));
    const url = new URL(globalThis.location.href);
    if (entry) url.searchParams.set("entry", entry.slug);
    else url.searchParams.delete("entry");
    globalThis.history.replaceState(globalThis.history.state, "", url);
  }, [t]);

  useEffect(() => {
    if (!initialSlug) return;
    const controller = new AbortController();
    fetchEntryDetail(initialSlug, locale, controller.signal).then(
      (found) => {
        if (found) select(found);
      },
      () => undefined,
    );
    return () => controller.abort();
  }, [initialSlug, select, locale]);

  useEffect(() => {
    setDetail(null);
    if (!selected) return;
    const controller = new AbortController();
    fetchEntryDetail(selected.slug, locale, controller.signal).then(setDetail, () => undefined);
    return () => controller.abort();
  }, [selected, locale]);

  const links: MapLink[] = useMemo(
    () =>
      (detail?.relations ?? [])
        .filter((r): r is typeof r & { entry: MapLink["entry"] } => r.entry.latitude !== null && r.entry.longitude !== null)
        .map((r) => ({ entry: r.entry })),
    [detail],
  );

  const listed = useMemo(
    () => entriesInView({ mapEntries: mapData.entries, timelineEntries: timelineData.entries, bounds, window, filterToWindow }),
    [mapData.entries, timelineData.entries, bounds, window, filterToWindow],
  );

  const error = mapData.error ?? timelineData.error;

  const mapLabels = useMemo(
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
  const timelineLabels = useMemo(
    () => ({
      region: t("timelineLabel"),
      controls: t("timelineControls"),
      earlier: t("earlier"),
      later: t("later"),
      zoomIn: t("zoomIn"),
      zoomOut: t("zoomOut"),
      bucket: (count: number) => t("bucketLabel", { count }),
      bucketTitle: (count: number) => t("bucketTitle", { count }),
    }),
    [t],
  );

  return (
    <div className="explorer">
      <h1 className="sr-only">{t("heading")}</h1>
      <div className="explorer-toolbar">
        <label className="toggle">
          <input type="checkbox" checked={filterToWindow} onChange={(event) => setFilterToWindow(event.target.checked)} />
          {t("filterToWindow")}
        </label>
        <KindLegend />
      </div>
      {error ? (
        <p role="alert" className="error">
          {t("loadError", { error })}
        </p>
      ) : null}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      <div className="explorer-main">
        <MemorialMap
          entries={mapData.entries}
          clusters={mapData.clusters}
          selected={selected}
          links={links}
          tiles={tiles}
          reducedMotion={reducedMotion}
          onSelect={select}
          onViewChange={setView}
          labels={mapLabels}
        />
        <aside className="explorer-side">
          {selected ? (
            <SelectedEntryPanel entry={selected} detail={detail} onSelect={select} onClose={() => select(null)} />
          ) : null}
          <EntryList
            entries={listed}
            selectedId={selected?.id ?? null}
            hiddenInClusters={mapData.clusters.reduce((sum, c) => sum + c.count, 0)}
            onSelect={select}
          />
        </aside>
      </div>
      <MemorialTimeline
        entries={timelineData.entries}
        buckets={timelineData.buckets}
        selected={selected}
        initialWindow={INITIAL_WINDOW}
        reducedMotion={reducedMotion}
        onSelect={select}
        onWindowChange={setWindow}
        locale={locale}
        labels={timelineLabels}
      />
    </div>
  );
}
