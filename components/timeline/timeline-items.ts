import type { DataItem } from "vis-timeline/peer";
import type { EntrySummary } from "@/lib/data/entries/entry-summary";

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** One timeline item per dated entry: ranges as bars, single dates as points, styled by kind. */
export function toTimelineItem(entry: EntrySummary, selectedId: string | null): DataItem {
  const label = `<span lang="${entry.titleLocale}">${escapeHtml(entry.title)}</span>`;
  return {
    id: entry.id,
    content: label,
    start: new Date(entry.startTime!),
    ...(entry.isRange ? { end: new Date(entry.endTime!), type: "range" } : { type: "point" }),
    className: `kind-${entry.kind}${entry.id === selectedId ? " is-selected" : ""}`,
    title: escapeHtml([entry.title, entry.dateLabel].filter(Boolean).join(" — ")),
  };
}
