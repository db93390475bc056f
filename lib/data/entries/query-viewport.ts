import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { BoundingBox, ViewportQuery } from "@/lib/validation/viewport";
import { PUBLISHED } from "../published";
import { entrySummarySelect, toEntrySummary, type EntrySummary } from "./entry-summary";

export interface ViewportResult {
  mode: "entries";
  entries: EntrySummary[];
  /** How many published entries match, of which `entries` holds at most `limit`. */
  total: number;
  truncated: boolean;
}

function bboxWhere(bbox: BoundingBox): Prisma.EntryWhereInput {
  const latitude = { gte: bbox.south, lte: bbox.north };
  if (bbox.west <= bbox.east) return { latitude, longitude: { gte: bbox.west, lte: bbox.east } };
  // The box crosses the antimeridian: it is two boxes, east of `west` and west of `east`.
  return { latitude, OR: [{ longitude: { gte: bbox.west } }, { longitude: { lte: bbox.east } }] };
}

export function viewportWhere(query: Omit<ViewportQuery, "locale" | "limit">): Prisma.EntryWhereInput {
  const conditions: Prisma.EntryWhereInput[] = [{ status: PUBLISHED }];
  if (query.kinds?.length) conditions.push({ kind: { in: query.kinds } });
  if (query.bbox) conditions.push(bboxWhere(query.bbox));
  // An entry is in the window when its span overlaps it, so a range that the window cuts counts.
  if (query.from !== undefined) conditions.push({ endTime: { gte: query.from } });
  if (query.to !== undefined) conditions.push({ startTime: { lte: query.to } });
  if (query.require === "coordinates") conditions.push({ latitude: { not: null }, longitude: { not: null } });
  if (query.require === "dates") conditions.push({ startTime: { not: null } });
  return { AND: conditions };
}

/** Published entries in a map box and time window, for the map, the timeline and the list. */
export async function queryViewport(query: ViewportQuery): Promise<ViewportResult> {
  const where = viewportWhere(query);
  const [rows, total] = await Promise.all([
    db.entry.findMany({
      where,
      select: entrySummarySelect,
      orderBy: [{ startTime: "asc" }, { id: "asc" }],
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
