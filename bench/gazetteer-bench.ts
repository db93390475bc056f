import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

/**
 * tsx --expose-gc bench/gazetteer-bench.ts [--database file:./data/synthetic-100000.db] [--out bench/out/gazetteer.json]
 * (plain `tsx` works too; --expose-gc makes the memory figures exact)
 *
 * The gazetteer's costs in one process: reading and indexing the GeoNames dump and the Natural
 * Earth polygons (time and memory held afterwards), place-search latency over Latin, Cyrillic,
 * short and long queries, point checks on land, on a coast and at sea, label and coastline tiles.
 * With --database it also builds the collection's part from that database (SQLite or PostgreSQL),
 * times place search over both parts, and, after the collection version moves on, the first search
 * (answered from the previous build), the rebuild and the longest event-loop stall during it.
 */
const { values } = parseArgs({ options: { database: { type: "string" }, out: { type: "string" } } });
if (values.database) process.env.DATABASE_URL = values.database;

const gc = (globalThis as { gc?: () => void }).gc;
const heapMb = () => {
  gc?.();
  return process.memoryUsage().heapUsed / 1e6;
};
const rssMb = () => process.memoryUsage().rss / 1e6;

function timings(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: round(at(0.5)), p95: round(at(0.95)), max: round(sorted[sorted.length - 1]!) };
}
const round = (n: number) => Math.round(n * 100) / 100;
/** CPU time of this process (user + system), which a busy shared machine inflates far less than wall time. */
const cpuMs = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
function time<T>(fn: () => T): [T, number] {
  const started = performance.now();
  const value = fn();
  return [value, performance.now() - started];
}

async function main() {
  const result: Record<string, unknown> = { node: process.version, loadAverage: (await import("node:os")).loadavg().map(round) };
  const { worldGazetteer } = await import("@/lib/gazetteer/world-gazetteer");
  const { basemapShapes } = await import("@/lib/gazetteer/basemap-shapes");
  const { pointCheck } = await import("@/lib/gazetteer/point-check");
  const { labelTile } = await import("@/lib/gazetteer/label-tiles");
  const { coastTile } = await import("@/lib/gazetteer/coast-tiles");
  const { placeKey } = await import("@/lib/gazetteer/place-key");
  const { tileContaining } = await import("@/lib/gazetteer/tile-bounds");

  let [heap, rss, cpu] = [heapMb(), rssMb(), cpuMs()];
  const [world, worldMs] = time(worldGazetteer);
  result.world = {
    cities: world.cities.count,
    keys: world.names.size,
    loadMs: round(worldMs),
    loadCpuMs: round(cpuMs() - cpu),
    heapMb: round(heapMb() - heap),
    rssMb: round(rssMb() - rss),
  };
  [heap, rss, cpu] = [heapMb(), rssMb(), cpuMs()];
  const [shapes, shapesMs] = time(basemapShapes);
  result.basemapShapes = {
    polygons: shapes.land.length + shapes.countries.length,
    loadMs: round(shapesMs),
    loadCpuMs: round(cpuMs() - cpu),
    heapMb: round(heapMb() - heap),
    rssMb: round(rssMb() - rss),
  };

  // The world part of the search alone (no database): what searchPlaces does per query for it.
  const queries = [
    "Sevastopol",
    "Севастополь",
    "sevastopol'",
    "Ржев",
    "rzhev",
    "Алматы",
    "Moscow",
    "Санкт-Петербург",
    "Königsberg",
    "Lemberg",
    "novo",
    "mo",
    "s",
    "а",
  ];
  const perQuery: Record<string, unknown> = {};
  for (const query of queries) {
    const samples: number[] = [];
    for (let i = 0; i < 50; i++) samples.push(time(() => world.names.find(placeKey(query)))[1]);
    perQuery[query] = { matches: world.names.find(placeKey(query)).size, ...timings(samples) };
  }
  result.worldNameLookup = perQuery;

  if (values.database) {
    const { searchPlaces } = await import("@/lib/gazetteer/search-places");
    const { collectionGazetteer } = await import("@/lib/gazetteer/collection-gazetteer");
    const { db } = await import("@/lib/db");
    [heap, rss, cpu] = [heapMb(), rssMb(), cpuMs()];
    const started = performance.now();
    const collection = await collectionGazetteer();
    result.collection = {
      places: collection.places.length,
      keys: collection.names.size,
      buildMs: round(performance.now() - started),
      buildCpuMs: round(cpuMs() - cpu),
      heapMb: round(heapMb() - heap),
      rssMb: round(rssMb() - rss),
    };
    const search: Record<string, unknown> = {};
    for (const query of queries) {
      const samples: number[] = [];
      for (let i = 0; i < 30; i++) {
        const begun = performance.now();
        await searchPlaces(query, { locale: "en", limit: 10 });
        samples.push(performance.now() - begun);
      }
      search[query] = timings(samples);
    }
    result.searchPlaces = search;
    // A write moves the collection version on: the next search starts a rebuild and answers from
    // the previous build; the event loop's longest stall during the rebuild is what other requests feel.
    await db.$executeRawUnsafe(`UPDATE "CollectionVersion" SET "version" = "version" + 1 WHERE "id" = 1`);
    let [lastTick, longestStall] = [performance.now(), 0];
    const ticker = setInterval(() => {
      const now = performance.now();
      longestStall = Math.max(longestStall, now - lastTick);
      lastTick = now;
    }, 5);
    const changed = performance.now();
    await searchPlaces("rzhev", { locale: "en", limit: 10 });
    const firstSearchMs = performance.now() - changed;
    while ((await collectionGazetteer()) === collection) await new Promise((resolve) => setTimeout(resolve, 20));
    clearInterval(ticker);
    result.afterCollectionChange = {
      firstSearchMs: round(firstSearchMs),
      rebuildMs: round(performance.now() - changed),
      longestEventLoopStallMs: round(longestStall),
    };
    await db.$disconnect();
  }

  const points: Record<string, [number, number]> = {
    "Rzhev (inland)": [56.2624, 34.3282],
    "Sevastopol (coast)": [44.60795, 33.52134],
    "12 km SW of Sevastopol (sea)": [44.5316, 33.4146],
    "mid-Atlantic (sea)": [0, -30],
    "Chukotka (across 180°)": [66.5, 175],
  };
  const checks: Record<string, unknown> = {};
  for (const [name, [lat, lng]] of Object.entries(points)) {
    const samples: number[] = [];
    for (let i = 0; i < 30; i++) samples.push(time(() => pointCheck(lat, lng, "RU"))[1]);
    checks[name] = timings(samples);
  }
  result.pointCheck = checks;

  const tileSamples = (make: (z: number, x: number, y: number) => unknown, zooms: number[]) => {
    const out: Record<string, unknown> = {};
    for (const z of zooms) {
      const samples: number[] = [];
      let bytes = 0;
      // Tiles around Rzhev, Sevastopol and Murmansk.
      for (const [lat, lng] of [
        [56.26, 34.33],
        [44.6, 33.5],
        [68.97, 33.07],
      ] as const) {
        const [x, y] = tileContaining(z, lat, lng);
        for (let i = 0; i < 5; i++) {
          const [tile, ms] = time(() => make(z, x, y));
          samples.push(ms);
          bytes = Math.max(bytes, JSON.stringify(tile).length);
        }
      }
      out[`z${z}`] = { ...timings(samples), largestKb: round(bytes / 1024) };
    }
    return out;
  };
  result.labelTiles = tileSamples(labelTile, [0, 4, 6, 8, 10, 12]);
  result.coastTiles = tileSamples(coastTile, [6, 8, 10, 12]);

  const text = JSON.stringify(result, null, 2);
  console.log(text);
  if (values.out) {
    fs.mkdirSync(path.dirname(values.out), { recursive: true });
    fs.writeFileSync(values.out, `${text}\n`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
