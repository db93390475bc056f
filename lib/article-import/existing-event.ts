import { findEventsInSpan } from "@/lib/data/article-import/find-events-in-span";
import { parseHistoricalDate, timeBounds } from "@/lib/dates";
import { distanceKm } from "@/lib/geo/distance";
import type { Mention } from "./find-mentions";

/** An event entry this close to the item's place, on the same day, is the same event. */
const SAME_PLACE_KM = 30;

/**
 * The entry that already is an item's event, if any: an event within the item's date that the item
 * names, or, for a date known to the day, one at the item's place (within 30 km).
 */
export async function findExistingEvent(
  edtf: string,
  precision: "day" | "month" | "year",
  place: { lat: number; lon: number } | null,
  mentions: readonly Mention[],
): Promise<string | null> {
  const bounds = timeBounds(parseHistoricalDate(edtf));
  const events = await findEventsInSpan(bounds);
  const named = events.find((event) => mentions.some((mention) => mention.entry.id === event.id));
  if (named) return named.slug;
  if (precision !== "day" || !place) return null;
  const here = { latitude: place.lat, longitude: place.lon };
  const near = events.find(
    (event) =>
      event.latitude !== null &&
      event.longitude !== null &&
      distanceKm(here, { latitude: event.latitude, longitude: event.longitude }) <= SAME_PLACE_KM,
  );
  return near?.slug ?? null;
}
