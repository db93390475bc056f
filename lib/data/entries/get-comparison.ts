import { distanceKm } from "@/lib/geo/distance";
import { type EntryDetail, getPublishedEntry } from "./get-published-entry";

export const MAX_COMPARED = 8;
/** A default comparison stops one short of the limit so the visitor can always add one more. */
const DEFAULT_COMPARED = MAX_COMPARED - 1;

export interface ComparedEntry {
  entry: EntryDetail;
  /** Kilometres from the first entry compared; null without map points or for the first itself. */
  distanceFromFirstKm: number | null;
}

export interface Comparison {
  entries: ComparedEntry[];
}

/**
 * A memorial beside others: the ones named, or else (given one) the monuments linked to it as
 * comparable (leaving room for one more). Unknown or unpublished slugs are left out.
 */
export async function getComparison({ slugs, locale }: { slugs: string[]; locale: string }): Promise<Comparison> {
  const requested = [...new Set(slugs)].slice(0, MAX_COMPARED);
  let details = (await Promise.all(requested.map((slug) => getPublishedEntry({ slug, locale })))).filter(
    (e): e is EntryDetail => e !== null,
  );
  if (details.length === 1) {
    const comparable = details[0]!.relations.filter((r) => r.type === "comparable_to").slice(0, DEFAULT_COMPARED - 1);
    const more = await Promise.all(comparable.map((r) => getPublishedEntry({ slug: r.entry.slug, locale })));
    details = [...details, ...more.filter((e): e is EntryDetail => e !== null)];
  }
  const first = details[0];
  const entries = details.map((entry, index) => ({
    entry,
    distanceFromFirstKm:
      index > 0 && first && first.latitude !== null && first.longitude !== null && entry.latitude !== null && entry.longitude !== null
        ? distanceKm({ latitude: first.latitude, longitude: first.longitude }, { latitude: entry.latitude, longitude: entry.longitude })
        : null,
  }));
  return { entries };
}
