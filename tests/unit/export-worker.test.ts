import { GCProfiler, getHeapStatistics } from "node:v8";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
const { createEntries } = await import("@/lib/data/entries/create-entries");
const { exportResponse, EXPORT_FILES } = await import("@/lib/open-data/export-response");
const { endExportWorker, warmExportWorker } = await import("@/lib/open-data/in-export-worker");

/** Enough entries for a file of several megabytes, a few dozen pages. */
const COUNT = 4000;
const words = (n: number, seed: number) => Array.from({ length: n }, (_, i) => `word${(seed * 31 + i * 7) % 997}`).join(" ");
const text = { aliases: "", locationNote: "", authors: "", dimensions: "" };

function entry(n: number) {
  return {
    status: "published" as const,
    entry: {
      slug: `exported-memorial-${n}`,
      kind: "memorial" as const,
      latitude: String(40 + (n % 300) / 10),
      longitude: String(20 + (n % 400) / 10),
      date: String(1900 + (n % 100)),
      translations: {
        en: { ...text, title: `Exported memorial ${n}`, summary: words(20, n), description: words(60, n), placeName: `Town ${n}` },
        ru: { ...text, title: `Мемориал ${n}`, summary: words(20, n + 1), description: words(60, n + 1), placeName: `Город ${n}` },
      },
      relations: [],
      citations: [],
    },
  };
}

beforeAll(async () => {
  warmExportWorker();
  await createEntries(
    Array.from({ length: COUNT }, (_, n) => entry(n)),
    { actor: null },
  );
}, 300_000);

async function download(file: string, query = ""): Promise<Response> {
  const request = new NextRequest(`http://localhost/api/v1/export/${file}${query}`);
  const response = await exportResponse(request, EXPORT_FILES[file]!, { openingNames: async () => (title) => `Opening of ${title}` });
  expect(response.status).toBe(200);
  return response;
}

/** Reads a body to its end as a client does, keeping only its length. */
async function drain(response: Response): Promise<number> {
  const reader = response.body!.getReader();
  let bytes = 0;
  for (let next = await reader.read(); !next.done; next = await reader.read()) bytes += next.value.length;
  return bytes;
}

/**
 * What this thread's heap allocated while `work` ran: what each collection freed, plus what is
 * still in use at the end over what was at the start.
 */
async function heapAllocatedBy(work: () => Promise<number>): Promise<{ allocated: number; result: number }> {
  const profiler = new GCProfiler();
  const start = getHeapStatistics().used_heap_size;
  profiler.start();
  const result = await work();
  const end = getHeapStatistics().used_heap_size;
  const { statistics } = profiler.stop();
  const freed = statistics.reduce(
    (sum, gc) => sum + Math.max(0, gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize),
    0,
  );
  return { allocated: freed + end - start, result };
}

// Exports of a few megabytes, on a machine other work shares.
describe("exports in the export worker", { timeout: 120_000 }, () => {
  it("read and write the file off the server's thread, whose heap allocates a small fraction of the file's size", async () => {
    await drain(await download("entries.geojson", "?entry=exported-memorial-1"));
    for (const file of ["entries.geojson", "entries.csv"]) {
      const { allocated, result: bytes } = await heapAllocatedBy(async () => drain(await download(file)));
      expect(bytes, file).toBeGreaterThan(2_000_000);
      // Read and written on this thread, an export allocated several times the file's size here.
      expect(allocated, file).toBeLessThan(bytes / 5);
    }
  });

  it("serve downloads at once, each file whole", async () => {
    const [geojson, csv] = await Promise.all([download("entries.geojson"), download("entries.csv", "?kinds=memorial")]);
    const [collection, table] = await Promise.all([geojson.json(), csv.text()]);
    expect((collection as { features: unknown[] }).features).toHaveLength(COUNT);
    // A header, a row per entry; the CRLF inside quoted cells are rows' own.
    expect(table.match(/\r\nexported-memorial-\d+,/g)).toHaveLength(COUNT);
  });

  it("end a download with an error when the worker dies, and the next export starts a new worker", async () => {
    const reader = (await download("entries.geojson")).body!.getReader();
    await reader.read();
    await reader.read();
    await endExportWorker();
    const reading = (async () => {
      for (let i = 0; i < 5; i++) if ((await reader.read()).done) return "ended normally";
      return "went on";
    })();
    await expect(reading).rejects.toThrow(/export worker/);

    const collection = (await (await download("entries.geojson")).json()) as { features: unknown[] };
    expect(collection.features).toHaveLength(COUNT);
  });

  it("stop the worker's reading when the client goes away, and keep serving", async () => {
    const reader = (await download("entries.csv")).body!.getReader();
    await reader.read();
    await reader.cancel();
    expect(await drain(await download("entries.csv", "?entry=exported-memorial-7"))).toBeGreaterThan(0);
  });
});
