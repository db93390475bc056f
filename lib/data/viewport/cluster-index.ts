import Supercluster from "supercluster";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/** Supercluster's deepest clustering zoom; beyond it every point stands alone. */
export const CLUSTER_MAX_ZOOM = 16;

interface PointProperties {
  id: string;
}

interface CachedIndex {
  database: string;
  version: number;
  index: Supercluster<PointProperties>;
}

const globalForIndex = globalThis as unknown as { memorialClusterIndex?: Promise<CachedIndex> };

/** Bumped by the database on every change to Entry (see the viewport_index and collection_version migrations). */
export async function collectionVersion(): Promise<number> {
  const [row] = await db.$queryRaw<{ version: number | bigint }[]>(Prisma.sql`SELECT "version" FROM "CollectionVersion" WHERE "id" = 1`);
  return Number(row?.version ?? 0);
}

async function buildIndex(database: string, version: number): Promise<CachedIndex> {
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
  return { database, version, index };
}

/**
 * A cluster index of every published entry with a map point, kept per process and rebuilt when
 * the collection version (bumped by a database trigger on any change to Entry) moves on, so
 * several app instances on one database stay correct without talking to each other.
 */
export async function clusterIndex(): Promise<Supercluster<PointProperties>> {
  const database = process.env.DATABASE_URL ?? "";
  const version = await collectionVersion();
  const cached = globalForIndex.memorialClusterIndex ? await globalForIndex.memorialClusterIndex : null;
  if (cached && cached.version === version && cached.database === database) return cached.index;
  const building = buildIndex(database, version);
  globalForIndex.memorialClusterIndex = building;
  try {
    return (await building).index;
  } catch (error) {
    globalForIndex.memorialClusterIndex = undefined;
    throw error;
  }
}
