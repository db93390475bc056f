"use client";

// The esnext builds import their helpers (hammerjs, xss, uuid…) as packages instead of bundling
// them with core-js polyfills, which roughly halves the timeline chunk.
import { DataSet } from "vis-data/esnext";
import { type DataItem, Timeline, type TimelineOptions } from "vis-timeline/esnext";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import "./timeline-labels.css";
import "./timeline-rows.css";
import { useEffect, useId, useLayoutEffect, useRef, useState } from "react";
import type { TimeWindow } from "@/components/explorer/types";
import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import type { TimeBucket } from "@/lib/viewport";
import { makeRoomForRangeLabels } from "./range-label-room";
import { RowScroller } from "./row-scroller";
import { stackItemsInOrder } from "./stack-in-order";
import { keepMarginItemsDrawn } from "./steady-margin-items";
import { SyncedItems } from "./synced-items";
import { itemLabel, toBucketItem, toTimelineItem } from "./timeline-items";
import { WindowReporter } from "./window-reports";

export interface MemorialTimelineProps {
  entries: EntrySummary[];
  /** Counts per span, drawn instead of entries when the window holds too many. */
  buckets: TimeBucket[];
  selected: EntrySummary | null;
  initialWindow: TimeWindow;
  /** The date-range filter, shaded on the timeline. */
  dateFilter: TimeWindow | null;
  /** Frame the first entries that arrive, when the address named no window. */
  fitOnFirstLoad: boolean;
  /** Set by Back and Forward (or a presentation's step): the timeline moves there when its version changes, animated if `animate`. */
  requestedWindow: { value: TimeWindow; version: number; animate?: boolean } | null;
  reducedMotion: boolean;
  onSelect: (entry: EntrySummary) => void;
  onWindowChange: (window: TimeWindow) => void;
  locale: string;
  labels: TimelineLabels;
}

export interface TimelineLabels {
  region: string;
  controls: string;
  earlier: string;
  later: string;
  zoomIn: string;
  zoomOut: string;
  /** The scrollbar of the timeline's rows, shown when they overflow its height. */
  rows: string;
  bucket: (count: number) => string;
  bucketTitle: (count: number) => string;
}

const DAY = 24 * 60 * 60 * 1000;
/** As long as Leaflet's zoom, so both views move alike (vis-timeline's own default is 500 ms). */
const BUTTON_ANIMATION = { duration: 250, easingFunction: "easeInOutQuad" } as const;
/** A move asked for from outside (a presentation's next step) travels further: slower, so the eye follows it, alongside the map's flight. */
const REQUESTED_ANIMATION = { duration: 1000, easingFunction: "easeInOutQuad" } as const;
const DATE_FILTER_ITEM = "date-filter";
const ZOOM_MAX = 5000 * 365 * DAY;
/** How far inside the window's edges an entry must reach to count as in view. */
const IN_VIEW_INSET = 0.05;
/** Tighter than vis-timeline's own (10 px between rows, 20 px above the axis), so more rows fit its height. */
const MARGIN = { item: { horizontal: 10, vertical: 4 }, axis: 6 };

/** How long an item lasts (nothing, for a point), from vis-timeline's own copy of its data. */
const lasting = (item: DataItem) => (item.end === undefined ? 0 : Number(item.end) - Number(item.start));

/**
 * The order items are stacked in, from the axis up: shorter entries first, so a battle or a day's
 * event keeps a row in view while the years-long spans around it (a war, a siege, an occupation)
 * stack above it.
 */
function shortestFirst(a: DataItem, b: DataItem): number {
  return lasting(a) - lasting(b) || Number(a.start) - Number(b.start);
}

function inView(window: { start: Date; end: Date }, entry: EntrySummary): boolean {
  const inset = (window.end.getTime() - window.start.getTime()) * IN_VIEW_INSET;
  const start = entry.startTime!;
  const end = entry.endTime ?? start;
  return end >= window.start.getTime() + inset && start <= window.end.getTime() - inset;
}

export default function MemorialTimeline({
  entries,
  buckets,
  selected,
  initialWindow,
  fitOnFirstLoad,
  dateFilter,
  requestedWindow,
  reducedMotion,
  onSelect,
  onWindowChange,
  locale,
  labels,
}: MemorialTimelineProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const containerId = useId();
  const timelineRef = useRef<Timeline | null>(null);
  const [items] = useState(() => new DataSet<DataItem>());
  const [synced] = useState(() => new SyncedItems(items));
  const entriesById = useRef(new Map<string, EntrySummary>());
  const bucketsById = useRef(new Map<string, TimeBucket>());
  const pendingSelection = useRef<string | null>(null);
  const fitted = useRef(!fitOnFirstLoad);
  // The window a button's animation is heading for, until it arrives.
  const heading = useRef<TimeWindow | null>(null);
  const callbacks = useRef({ onSelect, onWindowChange });
  callbacks.current = { onSelect, onWindowChange };
  const [reporter] = useState(() => new WindowReporter((window) => callbacks.current.onWindowChange(window), initialWindow));

  // Layout effects, here and for the data: an answer is applied in the commit that brings it, not
  // after the browser has painted (a passive effect waits behind every frame of a zoom's animation).
  // biome-ignore lint/correctness/useExhaustiveDependencies: created once; later changes reach the widget through the effects below, never by recreating it
  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const options: TimelineOptions = {
      start: new Date(initialWindow.start),
      end: new Date(initialWindow.end),
      zoomMin: DAY,
      zoomMax: ZOOM_MAX,
      height: "100%",
      stack: true,
      order: shortestFirst,
      margin: MARGIN,
      verticalScroll: true,
      zoomKey: "ctrlKey",
      selectable: true,
      multiselect: false,
      showCurrentTime: false,
      orientation: { axis: "bottom", item: "bottom" },
      tooltip: { followMouse: false, overflowMethod: "cap" },
      // An element is appended as it is, so a title is shown as text whatever characters it holds.
      template: (item: DataItem) => itemLabel(String(item.content ?? ""), entriesById.current.get(String(item.id))?.titleLocale),
      locale,
    };
    keepMarginItemsDrawn();
    makeRoomForRangeLabels();
    stackItemsInOrder();
    const timeline = new Timeline(container, items, options);
    timelineRef.current = timeline;
    const rows = new RowScroller(container, labels.rows);
    timeline.on("changed", rows.update);
    timeline.on("select", (properties: { items: (string | number)[] }) => {
      const id = properties.items[0];
      if (id === undefined) return;
      const bucket = bucketsById.current.get(String(id));
      if (bucket) {
        timeline.setSelection([]);
        timeline.setWindow(bucket.start, bucket.end);
        return;
      }
      const entry = entriesById.current.get(String(id));
      if (entry) callbacks.current.onSelect(entry);
    });
    const windowOf = (properties: { start: Date; end: Date }) => ({ start: properties.start.getTime(), end: properties.end.getTime() });
    // The data follows a drag as it goes, not only once it ends.
    timeline.on("rangechange", (properties: { start: Date; end: Date; byUser: boolean }) => {
      if (properties.byUser) reporter.follow(windowOf(properties));
    });
    timeline.on("rangechanged", (properties: { start: Date; end: Date; byUser: boolean }) => {
      if (properties.byUser) fitted.current = true;
      heading.current = null;
      reporter.report(windowOf(properties));
    });
    return () => {
      rows.destroy();
      timeline.destroy();
      timelineRef.current = null;
    };
    // Created once; the window afterwards belongs to the visitor.
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `synced` is created once with the component
  useLayoutEffect(() => {
    const dated = entries.filter((e) => e.startTime !== null && e.endTime !== null);
    entriesById.current = new Map(dated.map((e) => [e.id, e]));
    bucketsById.current = new Map(buckets.map((b) => [b.id, b]));
    synced.sync([
      ...dated.map(toTimelineItem),
      ...buckets.map((b) => toBucketItem(b, labels.bucket(b.count), labels.bucketTitle(b.count))),
    ]);
    // The first data decides the opening window, so the collection is in view whatever its dates.
    if (!fitted.current && (dated.length > 0 || buckets.length > 0)) {
      fitted.current = true;
      // Counts per span mean the window already holds more than can be drawn: keep it.
      if (buckets.length === 0 && !selected) timelineRef.current?.fit({ animation: false });
    }
    const pending = pendingSelection.current;
    if (pending && synced.has(pending)) {
      timelineRef.current?.setSelection([pending]);
      pendingSelection.current = null;
    }
  }, [entries, buckets, selected, labels]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `synced` is created once with the component
  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    if (!selected || selected.startTime === null) {
      timeline.setSelection([]);
      return;
    }
    // Brought into view at once (an animated move keeps the selected item off screen, and out of
    // the DOM, while the map shows the selection), keeping the span the visitor chose unless the
    // entry is longer than it: vis-timeline's default zooms in to the item itself.
    if (synced.has(selected.id)) {
      timeline.setSelection([selected.id]);
      if (!inView(timeline.getWindow(), selected)) timeline.focus(selected.id, { zoom: false, animation: false });
    } else {
      pendingSelection.current = selected.id;
      timeline.moveTo(new Date(selected.startTime), { animation: false });
    }
  }, [selected]);

  // By value: the explorer hands a new object on every render, and each update redraws the shading.
  const filterStart = dateFilter?.start ?? null;
  const filterEnd = dateFilter?.end ?? null;
  // biome-ignore lint/correctness/useExhaustiveDependencies: `items` and `synced` are created once with the component
  useEffect(() => {
    if (filterStart === null || filterEnd === null) {
      items.remove(DATE_FILTER_ITEM);
      return;
    }
    items.update({
      id: DATE_FILTER_ITEM,
      content: "",
      start: new Date(filterStart),
      end: new Date(filterEnd),
      type: "background",
      className: "date-filter",
    });
  }, [filterStart, filterEnd]);

  useEffect(() => {
    if (!requestedWindow) return;
    const { value, animate } = requestedWindow;
    timelineRef.current?.setWindow(value.start, value.end, { animation: animate ? REQUESTED_ANIMATION : false });
  }, [requestedWindow]);

  /** Moves to a window the buttons chose; its data is asked for at once, not after the animation. */
  const goTo = (start: number, end: number) => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    heading.current = reducedMotion ? null : { start, end };
    timeline.setWindow(start, end, { animation: reducedMotion ? false : BUTTON_ANIMATION });
    // vis-timeline reports the new range 200 ms later even without an animation.
    reporter.report({ start, end });
  };
  /** Where the view is going (a second press during an animation continues from its target). */
  const current = (): TimeWindow | null => {
    if (heading.current) return heading.current;
    const window = timelineRef.current?.getWindow();
    return window ? { start: window.start.getTime(), end: window.end.getTime() } : null;
  };
  /** `factor` scales the window's width around its centre (as vis-timeline's own zoomIn and zoomOut do). */
  const zoom = (factor: number) => {
    const window = current();
    if (!window) return;
    const center = (window.start + window.end) / 2;
    const width = Math.min(Math.max((window.end - window.start) * factor, DAY), ZOOM_MAX);
    goTo(center - width / 2, center + width / 2);
  };
  const move = (fraction: number) => {
    const window = current();
    if (!window) return;
    const shift = (window.end - window.start) * fraction;
    goTo(window.start + shift, window.end + shift);
  };

  return (
    <div className="memorial-timeline">
      <div className="timeline-controls" role="group" aria-label={labels.controls}>
        <button type="button" onClick={() => move(-0.5)}>
          {labels.earlier}
        </button>
        <button type="button" onClick={() => zoom(1 / 1.5)}>
          {labels.zoomIn}
        </button>
        <button type="button" onClick={() => zoom(1.5)}>
          {labels.zoomOut}
        </button>
        <button type="button" onClick={() => move(0.5)}>
          {labels.later}
        </button>
      </div>
      <div
        ref={containerRef}
        id={containerId}
        className="timeline-canvas"
        role="region"
        aria-label={labels.region}
        data-testid="timeline"
      />
    </div>
  );
}
