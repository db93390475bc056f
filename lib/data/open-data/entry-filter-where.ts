import type { Prisma } from "@/lib/generated/prisma/client";
import { type EntryFilter, SEARCH_MATCH_LIMIT } from "@/lib/open-data/queries/entry-filter";
import { findSearchHits } from "../search/find-search-hits";

/**
 * The filter as Prisma conditions, without the status: callers read pages by primary key and keep
 * the published rows themselves, because beside `status = 'published'` SQLite walks a status index
 * and sorts every published row for each page instead of following the key.
 *
 * The date-range filter (`after`, `before`) and the timeline window (`from`, `to`) both keep the
 * entries whose span overlaps them, as in the explorer.
 */
export async function entryFilterWhere(filter: EntryFilter): Promise<Prisma.EntryWhereInput> {
  const conditions: Prisma.EntryWhereInput[] = [];
  if (filter.entry) conditions.push({ slug: filter.entry });
  if (filter.q) {
    const hits = await findSearchHits("entry", filter.q, SEARCH_MATCH_LIMIT);
    conditions.push({ id: { in: hits.map((hit) => hit.id) } });
  }
  if (filter.kinds?.length) conditions.push({ kind: { in: filter.kinds } });
  if (filter.countries?.length) conditions.push({ countryCode: { in: filter.countries } });
  if (filter.tags?.length) conditions.push({ tags: { some: { tag: { slug: { in: filter.tags } } } } });
  if (filter.comparable) {
    const comparable = { some: { type: "comparable_to" } };
    conditions.push({ OR: [{ relationsFrom: comparable }, { relationsTo: comparable }] });
  }
  const { bbox } = filter;
  if (bbox) {
    const latitude = { gte: bbox.south, lte: bbox.north };
    conditions.push(
      bbox.west <= bbox.east
        ? { latitude, longitude: { gte: bbox.west, lte: bbox.east } }
        : { latitude, OR: [{ longitude: { gte: bbox.west } }, { longitude: { lte: bbox.east } }] },
    );
  }
  const from = Math.max(filter.from ?? -Infinity, filter.after ?? -Infinity);
  const to = Math.min(filter.to ?? Infinity, filter.before ?? Infinity);
  if (from > -Infinity) conditions.push({ endTime: { gte: from } });
  if (to < Infinity) conditions.push({ startTime: { lte: to } });
  if (filter.require === "coordinates") conditions.push({ latitude: { not: null }, longitude: { not: null } });
  if (filter.require === "dates") conditions.push({ startTime: { not: null } });
  return { AND: conditions };
}
