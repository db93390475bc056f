import Supercluster from "supercluster";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { versionedCache } from "./versioned-cache";

/** Supercluster's deepest clustering zoom; beyond it every point stands alone. */
export const CLUSTER_MAX_ZOOM = 16;

interface PointProperties {
  id: string;
}

/** A cluster index of every published entry with a map point, rebuilt when the collection changes. */
export const clusterIndex = versionedCache("clusters", async (): Promise<Supercluster<PointProperties>> => {
  const rows = await db.$queryRaw<{ id: string; longitude: number; latitude: number }[]>(Prisma.sql`
    SELECT "id", "longitude", "latitude" FROM "Entry"
    WHERE "status" = 'published' AND "latitude" IS NOT NULL AND "longitude" IS NOT NULL`);
  const index = new Supercluster<PointProperties>({ radius: 60, maxZoom: CLUSTER_MAX_ZOOM, minPoints: 2 });
  index.load(
    rows.map((row) => ({
      type: "Feature" as const,
      geometry: { type: "Point" as const, coordinates: [Number(row.longitude), Number(row.latitude)] },
      properties: { id: row.id },
    })),
  );
  return index;
});
