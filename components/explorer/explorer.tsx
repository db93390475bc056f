"use client";

import { useLocale, useTranslations } from "next-intl";
import { type ReactNode, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from "react";
import { LazyMemorialMap as MemorialMap } from "@/components/map/lazy-memorial-map";
import { padBounds } from "@/components/map/map-bounds";
import { ExportMenu } from "@/components/open-data/export-menu";
import { ShareCurrentView } from "@/components/share/share-current-view";
import { LazyMemorialTimeline as MemorialTimeline } from "@/components/timeline/lazy-memorial-timeline";
import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import type { EntryDetail } from "@/lib/data/entries/get-published-entry";
import { entryThumbnail } from "@/lib/media/entry-thumbnail";
import type { ExplorerFilters, ExplorerUrlState } from "@/lib/url-state/explorer-url-state";
import { entriesInView } from "./entries-in-view";
import { EntryList } from "./entry-list";
import "./explorer-phone.css";
import { ExplorerIntro } from "./explorer-intro";
import { FilterBar } from "./filter-bar";
import { edtfYear } from "./filter-params";
import { DEFAULT_MAP_CENTER, firstMapView } from "./first-map-view";
import { rememberIntroRead } from "./intro-cookie";
import { KindLegend } from "./kind-legend";
import { openingWindow } from "./opening-window";
import { SearchMatches } from "./search-matches";
import { SelectedEntryPanel } from "./selected-entry-panel";
import type { MapLink, MapView, TileConfig, TimeWindow } from "./types";
import { collectionSearchUrl, useCollectionSearch } from "./use-collection-search";
import { useMediaQuery, usePrefersReducedMotion } from "./use-media-query";
import { useUrlSync } from "./use-url-sync";
import { useMapLabels, useTimelineLabels } from "./use-view-labels";
import { useViewportEntries } from "./use-viewport-entries";
import { prefetchViewport } from "./viewport-cache";
import { fetchEntryDetail, type ViewportRequest, viewportUrl } from "./viewport-client";

/** Past this many entries in view, the map shows clusters and the timeline shows counts per span. */
const MAP_LIMIT = 300;
const TIMELINE_LIMIT = 300;
/** Where the list and the timeline become a sheet over the map (app/globals.css). */
const PHONE_QUERY = "(max-width: 48rem)";

/** The date-range filter as a span to shade on the timeline, when both ends are given. */
function dateFilterWindow(filters: ExplorerFilters): TimeWindow | null {
  const after = edtfYear(filters.after);
  const before = edtfYear(filters.before);
  if (!after || !before) return null;
  const start = new Date(Date.UTC(2000, 0, 1));
  start.setUTCFullYear(Number(after));
  const end = new Date(Date.UTC(2000, 11, 31, 23, 59, 59, 999));
  end.setUTCFullYear(Number(before));
  return start.getTime() <= end.getTime() ? { start: start.getTime(), end: end.getTime() } : null;
}

/** The selected entry stays drawn on a view even where the view shows counts instead of entries. */
function withSelected(entries: EntrySummary[], selected: EntrySummary | null, needs: "place" | "date"): EntrySummary[] {
  if (!selected || entries.some((e) => e.id === selected.id)) return entries;
  const drawable = needs === "place" ? selected.latitude !== null : selected.startTime !== null;
  return drawable ? [...entries, selected] : entries;
}

function padWindow(window: TimeWindow): TimeWindow {
  const width = window.end - window.start;
  return { start: window.start - width, end: window.end + width };
}

function mapRequest(view: MapView, window: TimeWindow | undefined, filters: ExplorerFilters, locale: string): ViewportRequest {
  return {
    bounds: padBounds(view.bounds, 0.5),
    window,
    filters,
    require: "coordinates",
    aggregate: "map",
    zoom: view.zoom,
    limit: MAP_LIMIT,
    locale,
  };
}

function timelineRequest(window: TimeWindow, filters: ExplorerFilters, locale: string): ViewportRequest {
  return { window: padWindow(window), filters, require: "dates", aggregate: "timeline", limit: TIMELINE_LIMIT, locale };
}

export interface ExplorerProps {
  /** The view named by the address, restored on load. */
  initialState: ExplorerUrlState;
  /** Where the published entries are densest in time, when the address names no window (opening-window.ts). */
  densestSpan: TimeWindow | null;
  tiles: TileConfig | null;
  /** Countries of the published entries, for the country filter. */
  countries: string[];
  /** Themes with published entries, for the theme filter. */
  themes: { slug: string; name: string }[];
  /** Whether this visitor has read the introduction already (a cookie), so it starts folded away. */
  introRead: boolean;
  /** The featured tours, shown in the introduction. */
  featuredTours?: ReactNode;
}

/** A view set from outside the widget (a link or Back), applied when `version` changes. */
export interface RequestedView<T> {
  value: T;
  version: number;
}

export function Explorer({ initialState, densestSpan, tiles, countries, themes, introRead, featuredTours }: ExplorerProps) {
  const locale = useLocale();
  const t = useTranslations("explorer");
  const site = useTranslations("site");
  const intro = useTranslations("explorerIntro");
  const reducedMotion = usePrefersReducedMotion();
  const [view, setView] = useState<MapView | null>(null);
  const bounds = view?.bounds ?? null;
  const [opening] = useState(() => openingWindow(initialState, densestSpan));
  const [window, setWindow] = useState<TimeWindow>(opening.window);
  const [filterToWindow, setFilterToWindow] = useState(initialState.filterToWindow);
  const [filters, setFilters] = useState(initialState.filters);
  const [requestedMapView, setRequestedMapView] = useState<RequestedView<NonNullable<ExplorerUrlState["map"]>> | null>(null);
  const [requestedWindow, setRequestedWindow] = useState<RequestedView<TimeWindow> | null>(null);
  const [pendingSlug, setPendingSlug] = useState(initialState.entry);
  const [selected, setSelected] = useState<EntrySummary | null>(null);
  const [detail, setDetail] = useState<EntryDetail | null>(null);
  const [announcement, setAnnouncement] = useState("");
  // Search finds across the collection; the visitor may narrow it to what the map shows.
  const [searchOnlyInView, setSearchOnlyInView] = useState(false);
  // Phones only: the filters and the list-and-timeline sheet fold away to leave the map the screen.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [sheetOpen, setSheetOpen] = useState(false);
  // On a phone the open sheet lies over most of the map: the map is out of reach until it folds away.
  const isPhone = useMediaQuery(PHONE_QUERY);
  const [introShown, setIntroShown] = useState(!introRead);
  const dismissIntro = useCallback(() => {
    rememberIntroRead();
    setIntroShown(false);
  }, []);

  const mapData = useViewportEntries(view ? mapRequest(view, filterToWindow ? window : undefined, filters, locale) : null);
  const timelineData = useViewportEntries(timelineRequest(window, filters, locale));

  // The views announce a new view from their own events: its data is asked for there and then,
  // not after React has re-rendered the page (and the map redrawn its markers) for it.
  const changeView = useCallback(
    (next: MapView) => {
      prefetchViewport(viewportUrl(mapRequest(next, filterToWindow ? window : undefined, filters, locale)));
      setView(next);
    },
    [filterToWindow, window, filters, locale],
  );
  const changeWindow = useCallback(
    (next: TimeWindow) => {
      prefetchViewport(viewportUrl(timelineRequest(next, filters, locale)));
      if (filterToWindow && view) prefetchViewport(viewportUrl(mapRequest(view, next, filters, locale)));
      setWindow(next);
    },
    [filterToWindow, view, filters, locale],
  );

  // The map's first request needs only where it opens and its size, both known before Leaflet's
  // chunk has arrived: it goes out at hydration, while the chunk loads.
  const mainRef = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the first request is made once, for the view the page opened with
  useEffect(() => {
    const placeholder = mainRef.current?.querySelector<HTMLElement>(":scope > .memorial-map.is-loading");
    if (!placeholder) return;
    const predicted = firstMapView(initialState.map ?? DEFAULT_MAP_CENTER, placeholder.clientWidth, placeholder.clientHeight);
    prefetchViewport(
      viewportUrl(mapRequest(predicted, initialState.filterToWindow ? opening.window : undefined, initialState.filters, locale)),
    );
    setView((reported) => reported ?? predicted);
    // Once, for the view the page opened with.
  }, []);

  const select = useCallback(
    (entry: EntrySummary | null) => {
      setSelected((previous) => (previous?.id === entry?.id ? previous : entry));
      setAnnouncement(entry ? t("selected", { title: [entry.title, entry.dateLabel].filter(Boolean).join(", ") }) : t("selectionCleared"));
    },
    [t],
  );

  // The window an address names beside its entry: the view the link holds, kept when the entry is selected.
  const namedWindow = useRef(initialState.window);

  // An entry named by the address is fetched once, then selected like any other; the timeline brings
  // a selection into view, so when the address also names a window it is asked to stay on it.
  useEffect(() => {
    if (!pendingSlug) return;
    const controller = new AbortController();
    fetchEntryDetail(pendingSlug, locale, controller.signal).then(
      (found) => {
        setPendingSlug(null);
        const window = namedWindow.current;
        namedWindow.current = null;
        if (!found) return;
        select(found);
        if (window) setRequestedWindow((previous) => ({ value: window, version: (previous?.version ?? 0) + 1 }));
      },
      () => undefined,
    );
    return () => controller.abort();
  }, [pendingSlug, select, locale]);

  const restore = useCallback(
    (state: ExplorerUrlState) => {
      setFilterToWindow(state.filterToWindow);
      setFilters(state.filters);
      if (state.map) setRequestedMapView((previous) => ({ value: state.map!, version: (previous?.version ?? 0) + 1 }));
      if (state.window) setRequestedWindow((previous) => ({ value: state.window!, version: (previous?.version ?? 0) + 1 }));
      if (state.entry) {
        namedWindow.current = state.window;
        setPendingSlug(state.entry);
      } else select(null);
    },
    [select],
  );

  useUrlSync(
    {
      entry: selected?.slug ?? pendingSlug,
      map: view ? { latitude: view.center.latitude, longitude: view.center.longitude, zoom: view.zoom } : initialState.map,
      window,
      filterToWindow,
      filters,
    },
    restore,
  );

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

  // The selection's image for its popup: from its details, which the side panel shows too.
  const selectedThumbnail = useMemo(() => {
    const thumbnail = detail?.media.map(entryThumbnail).find((t) => t !== null);
    return detail && thumbnail ? { entryId: detail.id, thumbnail } : null;
  }, [detail]);

  const listed = useMemo(
    () => entriesInView({ mapEntries: mapData.entries, timelineEntries: timelineData.entries, bounds, window, filterToWindow }),
    [mapData.entries, timelineData.entries, bounds, window, filterToWindow],
  );

  const error = mapData.error ?? timelineData.error;
  const mapEntries = useMemo(() => withSelected(mapData.entries, selected, "place"), [mapData.entries, selected]);
  const timelineEntries = useMemo(() => withSelected(timelineData.entries, selected, "date"), [timelineData.entries, selected]);

  const dateFilter = useMemo(() => dateFilterWindow(filters), [filters]);
  const hiddenInClusters = useMemo(() => mapData.clusters.reduce((sum, c) => sum + c.count, 0), [mapData.clusters]);
  // The map and the timeline show a new selection first; the list and the panel follow in a
  // render of their own that the browser can paint the views before.
  const listSelected = useDeferredValue(selected);
  const closePanel = useCallback(() => select(null), [select]);

  const search = useCollectionSearch(collectionSearchUrl(filters, searchOnlyInView ? bounds : null, locale));
  // On a phone the results are in the sheet: a new search raises it (on a wide screen the sheet is the side column).
  useEffect(() => {
    if (filters.q) setSheetOpen(true);
  }, [filters.q]);

  const mapLabels = useMapLabels();
  const timelineLabels = useTimelineLabels();

  return (
    <div className="explorer">
      <h1 className="sr-only">{t("heading")}</h1>
      <button
        type="button"
        className="filters-toggle"
        aria-expanded={filtersOpen}
        aria-controls="explorer-filters explorer-toolbar"
        onClick={() => setFiltersOpen((open) => !open)}
      >
        {t("filters")}
      </button>
      <div id="explorer-filters" className={filtersOpen ? "explorer-filters is-open" : "explorer-filters"}>
        <FilterBar filters={filters} countries={countries} themes={themes} onChange={setFilters} />
      </div>
      <div id="explorer-toolbar" className="explorer-toolbar">
        <label className="toggle">
          <input type="checkbox" checked={filterToWindow} onChange={(event) => setFilterToWindow(event.target.checked)} />
          {t("filterToWindow")}
        </label>
        <KindLegend />
        <ExportMenu filters={filters} window={filterToWindow ? window : null} />
        <ShareCurrentView title={site("name")} />
        {introShown ? null : (
          <button type="button" className="intro-reopen" onClick={() => setIntroShown(true)}>
            {intro("reopen")}
          </button>
        )}
      </div>
      {error ? (
        <p role="alert" className="error">
          {t("loadError", { error })}
        </p>
      ) : null}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
      <div className={sheetOpen ? "explorer-main sheet-open" : "explorer-main"} ref={mainRef}>
        <MemorialMap
          entries={mapEntries}
          clusters={mapData.clusters}
          selected={selected}
          links={links}
          tiles={tiles}
          reducedMotion={reducedMotion}
          onSelect={select}
          onViewChange={changeView}
          initialView={initialState.map ?? DEFAULT_MAP_CENTER}
          requestedView={requestedMapView}
          labels={mapLabels}
          selectedThumbnail={selectedThumbnail}
          inert={isPhone && sheetOpen}
        />
        {/* Beside the map on a wide screen, over it on a phone: never folded away in the sheet. */}
        {introShown ? <ExplorerIntro onDismiss={dismissIntro} featuredTours={featuredTours} /> : null}
        <div className={sheetOpen ? "explorer-sheet is-open" : "explorer-sheet"}>
          <button
            type="button"
            className="sheet-handle"
            aria-expanded={sheetOpen}
            aria-controls="explorer-sheet-body"
            onClick={() => setSheetOpen((open) => !open)}
          >
            {t("sheetHandle", { count: listed.length })}
          </button>
          <div id="explorer-sheet-body" className="explorer-sheet-body">
            {/* On a short screen the list scrolls in a few rows under the introduction: keyboard users scroll it too. */}
            {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable from the keyboard */}
            <aside className="explorer-side" tabIndex={0}>
              {filters.q ? (
                <SearchMatches
                  query={filters.q}
                  entries={search.entries}
                  error={search.error}
                  loading={search.loading}
                  onlyInView={searchOnlyInView}
                  onOnlyInViewChange={setSearchOnlyInView}
                  selectedId={listSelected?.id ?? null}
                  onSelect={select}
                />
              ) : null}
              {listSelected ? <SelectedEntryPanel entry={listSelected} detail={detail} onSelect={select} onClose={closePanel} /> : null}
              <EntryList entries={listed} selectedId={listSelected?.id ?? null} hiddenInClusters={hiddenInClusters} onSelect={select} />
            </aside>
            <MemorialTimeline
              entries={timelineEntries}
              buckets={timelineData.buckets}
              selected={selected}
              initialWindow={opening.window}
              fitOnFirstLoad={opening.fit}
              dateFilter={dateFilter}
              requestedWindow={requestedWindow}
              reducedMotion={reducedMotion}
              onSelect={select}
              onWindowChange={changeWindow}
              locale={locale}
              labels={timelineLabels}
            />
          </div>
        </div>
      </div>
    </div>
  );
}
