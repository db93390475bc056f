import type { DataItem } from "vis-timeline/esnext";
import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import type { TimeBucket } from "@/lib/viewport";

/**
 * One timeline item per dated entry: ranges as bars, single dates as points, styled by kind. The
 * selection is vis-timeline's own (vis-selected), so selecting changes no item's data. Contents
 * and tooltips are plain text: the item template draws the label as text, and vis-timeline's HTML
 * filter is an escape-everything stand-in (next.config.js).
 */
export function toTimelineItem(entry: EntrySummary): DataItem {
  return {
    id: entry.id,
    content: entry.title,
    start: new Date(entry.startTime!),
    ...(entry.isRange ? { end: new Date(entry.endTime!), type: "range" } : { type: "point" }),
    className: `kind-${entry.kind}`,
    title: [entry.title, entry.dateLabel].filter(Boolean).join(" — "),
  };
}

/** A span with more entries than the timeline draws one by one; choosing it zooms the timeline into it. */
export function toBucketItem(bucket: TimeBucket, label: string, title: string): DataItem {
  return {
    id: bucket.id,
    content: label,
    start: new Date(bucket.start),
    end: new Date(bucket.end),
    type: "range",
    className: "time-bucket",
    title,
  };
}

/** An item's label, drawn by the timeline's item template: text, never parsed as markup, in its title's language. */
export function itemLabel(text: string, lang: string | undefined): HTMLSpanElement {
  const span = document.createElement("span");
  if (lang) span.lang = lang;
  span.textContent = text;
  return span;
}
