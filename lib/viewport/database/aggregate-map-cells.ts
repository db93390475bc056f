import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ViewportQuery } from "@/lib/validation/viewport";
import type { MapCluster } from "../viewport-result";
import { splitAtAntimeridian, viewportDialect } from "./viewport-dialect";

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
  anyId: string;
}

export interface MapCells {
  clusters: MapCluster[];
  /** Cells holding one entry: drawn as that entry, not as a cluster. */
  singleIds: string[];
}

/**
 * Counts published entries per grid cell, anchored at (-180, -90) so cells stay put while the map pans.
 */
export async function aggregateMapCells(query: ViewportQuery, cellDegrees: number): Promise<MapCells> {
  const dialect = viewportDialect();
  const clusters: MapCluster[] = [];
  const singleIds: string[] = [];
  for (const box of splitAtAntimeridian(query.bbox)) {
    const rows = await db.$queryRaw<CellRow[]>(Prisma.sql`
      SELECT
        ${dialect.cellIndex(Prisma.sql`(${dialect.longitude} + 180) / ${cellDegrees}`)} AS gx,
        ${dialect.cellIndex(Prisma.sql`(${dialect.latitude} + 90) / ${cellDegrees}`)} AS gy,
        count(*) AS n,
        avg(${dialect.longitude}) AS longitude,
        avg(${dialect.latitude}) AS latitude,
        min(${dialect.longitude}) AS west, min(${dialect.latitude}) AS south,
        max(${dialect.longitude}) AS east, max(${dialect.latitude}) AS north,
        min(e."id") AS "anyId"
      FROM ${dialect.from}
      WHERE ${dialect.where(box, { ...query, require: "coordinates" })}
      GROUP BY gx, gy`);
    for (const row of rows) {
      const count = Number(row.n);
      if (count === 1) {
        singleIds.push(row.anyId);
        continue;
      }
      clusters.push({
        id: `cell:${cellDegrees}:${row.gx}:${row.gy}`,
        latitude: Number(row.latitude),
        longitude: Number(row.longitude),
        count,
        bounds: [Number(row.west), Number(row.south), Number(row.east), Number(row.north)],
        expansionZoom: null,
      });
    }
  }
  return { clusters, singleIds };
}
