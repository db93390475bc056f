import type { EntrySummary } from "../entries/entry-summary";

/** What a step shows on the map and the timeline. */
export interface StepFraming {
  view: { latitude: number; longitude: number; zoom: number } | null;
  window: { start: number; end: number } | null;
}

const YEAR = 365.25 * 24 * 3600 * 1000;
/** Close enough to see the place among its neighbours, far enough to know where it is. */
const ENTRY_ZOOM = 7;

/**
 * The step's own map view and timeline window where the teacher set them; else framed on its entry
 * (its place, and its span with a margin of a quarter of it, at least a year on each side); else
 * null, and the presentation keeps what the previous step showed.
 */
export function stepFraming(
  step: { latitude: number | null; longitude: number | null; zoom: number | null; windowFrom: number | null; windowTo: number | null },
  entry: EntrySummary | null,
): StepFraming {
  const view =
    step.latitude !== null && step.longitude !== null && step.zoom !== null
      ? { latitude: step.latitude, longitude: step.longitude, zoom: step.zoom }
      : entry?.latitude != null && entry.longitude != null
        ? { latitude: entry.latitude, longitude: entry.longitude, zoom: ENTRY_ZOOM }
        : null;
  let window: StepFraming["window"] = null;
  if (step.windowFrom !== null && step.windowTo !== null) window = { start: step.windowFrom, end: step.windowTo };
  else if (entry?.startTime != null) {
    const end = entry.endTime ?? entry.startTime;
    const margin = Math.max(YEAR, (end - entry.startTime) / 4);
    window = { start: entry.startTime - margin, end: end + margin };
  }
  return { view, window };
}
