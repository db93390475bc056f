import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ViewportQuery } from "@/lib/validation/viewport";
import type { MapCluster } from "./viewport-result";
import { indexConditions, indexFrom, splitAtAntimeridian } from "./viewport-index-sql";

/** Marker cells of about 60 px at 256 px tiles. */
export function cellDegreesForZoom(zoom: number): number {
  return (360 * 60) / (256 * 2 ** zoom);
}

interface CellRow {
  gx: number | bigint;
  gy: number | bigint;
  n: number | bigint;
  longitude: number;
  latitude: number;
  west: number;
  south: number;
  east: number;
  north: number;
  anyRowid: number | bigint;
}

export interface MapCells {
  clusters: MapCluster[];
  /** Cells holding one entry: drawn as that entry, not as a cluster. */
  singleIds: string[];
}

/**
 * Counts published entries per grid cell, anchored at (-180, -90) so cells stay put while the map pans.
 * Runs on the R*Tree alone unless a kind filter needs the Entry table.
 */
export async function aggregateMapCells(query: ViewportQuery, cellDegrees: number): Promise<MapCells> {
  const clusters: MapCluster[] = [];
  const singleRowids: number[] = [];
  for (const box of splitAtAntimeridian(query.bbox)) {
    const rows = await db.$queryRaw<CellRow[]>(Prisma.sql`
      SELECT
        CAST(((r."minLongitude" + r."maxLongitude") / 2 + 180) / ${cellDegrees} AS INTEGER) AS gx,
        CAST(((r."minLatitude" + r."maxLatitude") / 2 + 90) / ${cellDegrees} AS INTEGER) AS gy,
        count(*) AS n,
        avg((r."minLongitude" + r."maxLongitude") / 2) AS longitude,
        avg((r."minLatitude" + r."maxLatitude") / 2) AS latitude,
        min(r."minLongitude") AS west, min(r."minLatitude") AS south,
        max(r."maxLongitude") AS east, max(r."maxLatitude") AS north,
        min(r."entryRowid") AS "anyRowid"
      FROM ${indexFrom(query)}
      WHERE ${indexConditions(box, { ...query, require: "coordinates" })}
      GROUP BY gx, gy`);
    for (const row of rows) {
      const count = Number(row.n);
      if (count === 1) {
        singleRowids.push(Number(row.anyRowid));
        continue;
      }
      clusters.push({
        id: `cell:${cellDegrees}:${row.gx}:${row.gy}`,
        latitude: row.latitude,
        longitude: row.longitude,
        count,
        bounds: [row.west, row.south, row.east, row.north],
      });
    }
  }
  const singles = singleRowids.length
    ? await db.$queryRaw<{ id: string }[]>(Prisma.sql`SELECT "id" AS id FROM "Entry" WHERE rowid IN (${Prisma.join(singleRowids)})`)
    : [];
  return { clusters, singleIds: singles.map((s) => s.id) };
}
