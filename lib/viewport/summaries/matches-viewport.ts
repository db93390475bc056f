import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import type { ViewportQuery } from "@/lib/validation/viewport";

/**
 * The exact box, window and kind test on a summary. Entries found by id through an index are
 * loaded by primary key alone and checked here: putting these conditions in the SQL beside the id
 * list made SQLite scan a range index instead, many times slower.
 */
export function matchesViewport(entry: EntrySummary, query: Pick<ViewportQuery, "bbox" | "from" | "to" | "require" | "kinds">): boolean {
  const { bbox } = query;
  if (bbox || query.require === "coordinates") {
    if (entry.latitude === null || entry.longitude === null) return false;
  }
  if (bbox) {
    const latitude = entry.latitude!;
    const longitude = entry.longitude!;
    if (latitude < bbox.south || latitude > bbox.north) return false;
    const inLongitude =
      bbox.west <= bbox.east ? longitude >= bbox.west && longitude <= bbox.east : longitude >= bbox.west || longitude <= bbox.east;
    if (!inLongitude) return false;
  }
  // An entry is in the window when its span overlaps it.
  if (query.from !== undefined && (entry.endTime === null || entry.endTime < query.from)) return false;
  if (query.to !== undefined && (entry.startTime === null || entry.startTime > query.to)) return false;
  if (query.require === "dates" && entry.startTime === null) return false;
  if (query.kinds?.length && !query.kinds.includes(entry.kind)) return false;
  return true;
}
