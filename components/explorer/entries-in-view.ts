import { containsPoint } from "@/components/map/map-bounds";
import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import type { MapBounds, TimeWindow } from "./types";

function overlaps(entry: EntrySummary, window: TimeWindow): boolean {
  return entry.startTime !== null && entry.endTime !== null && entry.endTime >= window.start && entry.startTime <= window.end;
}

/**
 * What the list shows: entries on the visible map (and in the timeline window when the map is
 * filtered to it), plus dated entries without a place that are in the timeline window.
 */
export function entriesInView(input: {
  mapEntries: EntrySummary[];
  timelineEntries: EntrySummary[];
  bounds: MapBounds | null;
  window: TimeWindow;
  filterToWindow: boolean;
}): EntrySummary[] {
  const byId = new Map<string, EntrySummary>();
  for (const entry of input.mapEntries) {
    if (entry.latitude === null || entry.longitude === null) continue;
    if (input.bounds && !containsPoint(input.bounds, entry.latitude, entry.longitude)) continue;
    if (input.filterToWindow && !overlaps(entry, input.window)) continue;
    byId.set(entry.id, entry);
  }
  for (const entry of input.timelineEntries) {
    if (entry.latitude === null && overlaps(entry, input.window)) byId.set(entry.id, entry);
  }
  return [...byId.values()].sort((a, b) => (a.startTime ?? Infinity) - (b.startTime ?? Infinity) || a.title.localeCompare(b.title));
}
