import { entrySummarySelect, toEntrySummary } from "@/lib/data/entries/entry-summary";
import { PUBLISHED } from "@/lib/data/published";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BoundingBox } from "@/lib/validation/viewport";
import type { ResolvedViewportQuery } from "../resolve-viewport-query";
import type { ViewportResult } from "../viewport-result";

function bboxWhere(bbox: BoundingBox): Prisma.EntryWhereInput {
  const latitude = { gte: bbox.south, lte: bbox.north };
  if (bbox.west <= bbox.east) return { latitude, longitude: { gte: bbox.west, lte: bbox.east } };
  // The box crosses the antimeridian: it is two boxes, east of `west` and west of `east`.
  return { latitude, OR: [{ longitude: { gte: bbox.west } }, { longitude: { lte: bbox.east } }] };
}

/** The whole filter in Prisma terms, for API callers that asked for no aggregates (an ordered page and its count). */
export function viewportWhere(query: Omit<ResolvedViewportQuery, "version">): Prisma.EntryWhereInput {
  const conditions: Prisma.EntryWhereInput[] = [{ status: PUBLISHED }];
  if (query.kinds?.length) conditions.push({ kind: { in: query.kinds } });
  if (query.countries?.length) conditions.push({ countryCode: { in: query.countries } });
  if (query.ids) conditions.push({ id: { in: query.ids } });
  if (query.tags?.length) conditions.push({ tags: { some: { tag: { slug: { in: query.tags } } } } });
  if (query.comparable) {
    const comparable = { some: { type: "comparable_to" } };
    conditions.push({ OR: [{ relationsFrom: comparable }, { relationsTo: comparable }] });
  }
  if (query.bbox) conditions.push(bboxWhere(query.bbox));
  // An entry is in the window when its span overlaps it, so a range that the window cuts counts.
  if (query.from !== undefined) conditions.push({ endTime: { gte: query.from } });
  if (query.to !== undefined) conditions.push({ startTime: { lte: query.to } });
  if (query.require === "coordinates") conditions.push({ latitude: { not: null }, longitude: { not: null } });
  if (query.require === "dates") conditions.push({ startTime: { not: null } });
  return { AND: conditions };
}

/** The first `limit` matches in time order (undated first) and the full count, from the database. */
export async function orderedPage(query: ResolvedViewportQuery): Promise<ViewportResult> {
  const where = viewportWhere(query);
  const [rows, total] = await Promise.all([
    db.entry.findMany({
      where,
      select: entrySummarySelect,
      orderBy: [{ startTime: { sort: "asc", nulls: "first" } }, { id: "asc" }],
      take: query.limit,
    }),
    db.entry.count({ where }),
  ]);
  return {
    mode: "entries",
    entries: rows.map((row) => toEntrySummary(row, query.locale)),
    total,
    truncated: total > rows.length,
  };
}
