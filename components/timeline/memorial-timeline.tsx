"use client";

// The esnext builds import their helpers (hammerjs, xss, uuid…) as packages instead of bundling
// them with core-js polyfills, which roughly halves the timeline chunk.
import { DataSet } from "vis-data/esnext";
import { Timeline, type DataItem, type TimelineOptions } from "vis-timeline/esnext";
import "vis-timeline/styles/vis-timeline-graph2d.min.css";
import "moment/locale/ru";
import { useEffect, useRef } from "react";
import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import type { TimeWindow } from "@/components/explorer/types";
import type { TimeBucket } from "@/lib/data/viewport/viewport-result";
import { toBucketItem, toTimelineItem } from "./timeline-items";

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
  /** Set by Back and Forward: the timeline moves there when its version changes. */
  requestedWindow: { value: TimeWindow; version: number } | null;
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
  bucket: (count: number) => string;
  bucketTitle: (count: number) => string;
}

const DAY = 24 * 60 * 60 * 1000;
/** As long as Leaflet's zoom, so both views move alike (vis-timeline's own default is 500 ms). */
const BUTTON_ANIMATION = { duration: 250, easingFunction: "easeInOutQuad" } as const;
/** While the visitor drags, the window is reported this often so the data follows the drag. */
const DRAG_REPORT_MS = 150;
const DATE_FILTER_ITEM = "date-filter";
const ZOOM_MAX = 5000 * 365 * DAY;

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
  const timelineRef = useRef<Timeline | null>(null);
  const itemsRef = useRef(new DataSet<DataItem>());
  const entriesById = useRef(new Map<string, EntrySummary>());
  const bucketsById = useRef(new Map<string, TimeBucket>());
  const pendingSelection = useRef<string | null>(null);
  const fitted = useRef(!fitOnFirstLoad);
  // The window a button's animation is heading for, until it arrives.
  const heading = useRef<TimeWindow | null>(null);
  const callbacks = useRef({ onSelect, onWindowChange });
  callbacks.current = { onSelect, onWindowChange };

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const options: TimelineOptions = {
      start: new Date(initialWindow.start),
      end: new Date(initialWindow.end),
      zoomMin: DAY,
      zoomMax: ZOOM_MAX,
      height: "100%",
      stack: true,
      verticalScroll: true,
      zoomKey: "ctrlKey",
      selectable: true,
      multiselect: false,
      showCurrentTime: false,
      orientation: { axis: "bottom", item: "bottom" },
      tooltip: { followMouse: false, overflowMethod: "cap" },
      locale,
    };
    const timeline = new Timeline(container, itemsRef.current, options);
    timelineRef.current = timeline;
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
    let lastDragReport = 0;
    timeline.on("rangechange", (properties: { start: Date; end: Date; byUser: boolean }) => {
      if (!properties.byUser || performance.now() - lastDragReport < DRAG_REPORT_MS) return;
      lastDragReport = performance.now();
      callbacks.current.onWindowChange({ start: properties.start.getTime(), end: properties.end.getTime() });
    });
    timeline.on("rangechanged", (properties: { start: Date; end: Date; byUser: boolean }) => {
      if (properties.byUser) fitted.current = true;
      heading.current = null;
      lastDragReport = 0;
      callbacks.current.onWindowChange({ start: properties.start.getTime(), end: properties.end.getTime() });
    });
    return () => {
      timeline.destroy();
      timelineRef.current = null;
    };
    // Created once; the window afterwards belongs to the visitor.
  }, []);

  useEffect(() => {
    const items = itemsRef.current;
    const dated = entries.filter((e) => e.startTime !== null && e.endTime !== null);
    entriesById.current = new Map(dated.map((e) => [e.id, e]));
    bucketsById.current = new Map(buckets.map((b) => [b.id, b]));
    const keep = new Set([...dated.map((e) => e.id), ...buckets.map((b) => b.id), DATE_FILTER_ITEM]);
    const stale = items.getIds().filter((id) => !keep.has(String(id)));
    if (stale.length) items.remove(stale);
    items.update([...dated.map((e) => toTimelineItem(e, selected?.id ?? null)), ...buckets.map((b) => toBucketItem(b, labels.bucket(b.count), labels.bucketTitle(b.count)))]);
    // The first data decides the opening window, so the collection is in view whatever its dates.
    if (!fitted.current && (dated.length > 0 || buckets.length > 0)) {
      fitted.current = true;
      // Counts per span mean the window already holds more than can be drawn: keep it.
      if (buckets.length === 0 && !selected) timelineRef.current?.fit({ animation: false });
    }
    const pending = pendingSelection.current;
    if (pending && items.get(pending)) {
      timelineRef.current?.setSelection([pending]);
      pendingSelection.current = null;
    }
  }, [entries, buckets, selected, labels]);

  useEffect(() => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    if (!selected || selected.startTime === null) {
      timeline.setSelection([]);
      return;
    }
    // Without animation: an animated move keeps the selected item off screen (and out of the DOM)
    // for half a second, while the map shows the selection at once.
    const visible = timeline.getVisibleItems().map(String);
    if (itemsRef.current.get(selected.id)) {
      timeline.setSelection([selected.id]);
      if (!visible.includes(selected.id)) timeline.focus(selected.id, { animation: false });
    } else {
      pendingSelection.current = selected.id;
      timeline.moveTo(new Date(selected.startTime), { animation: false });
    }
  }, [selected]);

  useEffect(() => {
    const items = itemsRef.current;
    if (!dateFilter) {
      items.remove(DATE_FILTER_ITEM);
      return;
    }
    items.update({ id: DATE_FILTER_ITEM, content: "", start: new Date(dateFilter.start), end: new Date(dateFilter.end), type: "background", className: "date-filter" });
  }, [dateFilter]);

  useEffect(() => {
    if (requestedWindow) timelineRef.current?.setWindow(requestedWindow.value.start, requestedWindow.value.end, { animation: false });
  }, [requestedWindow]);

  /** Moves to a window the buttons chose; its data is asked for at once, not after the animation. */
  const goTo = (start: number, end: number) => {
    const timeline = timelineRef.current;
    if (!timeline) return;
    heading.current = reducedMotion ? null : { start, end };
    timeline.setWindow(start, end, { animation: reducedMotion ? false : BUTTON_ANIMATION });
    // vis-timeline reports the new range 200 ms later even without an animation.
    callbacks.current.onWindowChange({ start, end });
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
      <div ref={containerRef} className="timeline-canvas" role="region" aria-label={labels.region} data-testid="timeline" />
    </div>
  );
}
