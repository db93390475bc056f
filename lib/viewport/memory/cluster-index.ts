import Supercluster from "supercluster";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { versionedCache } from "../caches/versioned-cache";

/** Supercluster's deepest clustering zoom; beyond it every point stands alone. */
export const CLUSTER_MAX_ZOOM = 16;

/**
 * Supercluster measures its radius on 512-unit tiles, the map's tiles are 256 px: 120 is 60 screen
 * pixels, the size of the grid cells of filtered views (map-cell-size.ts), so a filtered and an
 * unfiltered view cluster alike. A smaller radius gives the default view many more, overlapping,
 * cluster elements, and every zoom frame pays for laying out and compositing each.
 */
export const CLUSTER_OPTIONS = { radius: 120, maxZoom: CLUSTER_MAX_ZOOM, minPoints: 2 } as const;

interface PointProperties {
  id: string;
}

interface PointRow {
  id: string;
  longitude: number;
  latitude: number;
}

/**
 * In binary id order: supercluster's clusters and their ids depend on the order of its points,
 * and each database returns these rows in its own order (SQLite by latitude through an index,
 * PostgreSQL as stored), so without a fixed order the two would answer the same view differently.
 */
function inIdOrder(rows: PointRow[]): PointRow[] {
  return rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** A cluster index of every published entry with a map point, rebuilt when the collection changes. */
export const clusterIndex = versionedCache("clusters", async (): Promise<Supercluster<PointProperties>> => {
  const rows = await db.$queryRaw<PointRow[]>(Prisma.sql`
    SELECT "id", "longitude", "latitude" FROM "Entry"
    WHERE "status" = 'published' AND "latitude" IS NOT NULL AND "longitude" IS NOT NULL`);
  const index = new Supercluster<PointProperties>(CLUSTER_OPTIONS);
  index.load(
    inIdOrder(rows).map((row) => ({
      type: "Feature" as const,
      geometry: { type: "Point" as const, coordinates: [Number(row.longitude), Number(row.latitude)] },
      properties: { id: row.id },
    })),
  );
  return index;
});
