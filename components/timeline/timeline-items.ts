import type { DataItem } from "vis-timeline/esnext";
import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import type { TimeBucket } from "@/lib/data/viewport/viewport-result";

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * One timeline item per dated entry: ranges as bars, single dates as points, styled by kind. The
 * selection is vis-timeline's own (vis-selected), so selecting changes no item's data.
 */
export function toTimelineItem(entry: EntrySummary): DataItem {
  const label = `<span lang="${entry.titleLocale}">${escapeHtml(entry.title)}</span>`;
  return {
    id: entry.id,
    content: label,
    start: new Date(entry.startTime!),
    ...(entry.isRange ? { end: new Date(entry.endTime!), type: "range" } : { type: "point" }),
    className: `kind-${entry.kind}`,
    title: escapeHtml([entry.title, entry.dateLabel].filter(Boolean).join(" — ")),
  };
}

/** A span with more entries than the timeline draws one by one; choosing it zooms the timeline into it. */
export function toBucketItem(bucket: TimeBucket, label: string, title: string): DataItem {
  return {
    id: bucket.id,
    content: escapeHtml(label),
    start: new Date(bucket.start),
    end: new Date(bucket.end),
    type: "range",
    className: "time-bucket",
    title: escapeHtml(title),
  };
}
