import Supercluster, { type ClusterProperties } from "supercluster";
import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "./test-database";

// The data layer binds to DATABASE_URL when "@/lib/db" is first loaded: import it only after this.
setupTestDatabase();
const { db } = await import("@/lib/db");
const { CLUSTER_OPTIONS, clusterViewport } = await import("@/lib/viewport");

beforeAll(async () => {
  // A chain of points about one cluster radius apart, so which neighbours supercluster merges
  // depends on the order it is given them. Made with ids in descending order, south to north: both
  // databases' own row orders (SQLite's by latitude through an index, PostgreSQL's as stored) differ from id order.
  for (let i = 0; i < 40; i++) {
    await db.entry.create({
      data: {
        id: `chain-${99 - i}`,
        slug: `chain-${i}`,
        kind: "memorial",
        status: "published",
        latitude: 14 + i * 0.9,
        longitude: 10 + (i % 3) * 0.4,
      },
    });
  }
}, 60_000);

const BOX = { west: -180, south: -85, east: 180, north: 85 };

describe("cluster index", () => {
  it("clusters the points in id order, so every database gives the same clusters and cluster ids", async () => {
    const rows = await db.entry.findMany({ where: { status: "published" }, select: { id: true, latitude: true, longitude: true } });
    rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const reference = new Supercluster<{ id: string }>(CLUSTER_OPTIONS);
    reference.load(
      rows.map((r) => ({
        type: "Feature",
        geometry: { type: "Point", coordinates: [r.longitude!, r.latitude!] },
        properties: { id: r.id },
      })),
    );
    for (const zoom of [4, 5, 6]) {
      const view = await clusterViewport(BOX, zoom, 5);
      const expected = reference
        .getClusters([BOX.west, BOX.south, BOX.east, BOX.north], zoom)
        .map((f) => f.properties as Partial<ClusterProperties> & { id?: string });
      const expectedClusters = expected.filter((p) => p.cluster).map((p) => `cluster:${p.cluster_id}=${p.point_count}`);
      const expectedSingles = expected.filter((p) => !p.cluster).map((p) => p.id);
      expect(view.clusters.map((c) => `${c.id}=${c.count}`).sort(), `zoom ${zoom}`).toEqual(expectedClusters.sort());
      expect([...view.singleIds].sort(), `zoom ${zoom}`).toEqual(expectedSingles.sort());
    }
  });
});
