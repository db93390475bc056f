import { setImmediate as nextTurn } from "node:timers/promises";
import { describe, expect, it } from "vitest";
import { exportChunks } from "@/lib/open-data/export-chunks";
import { exportStream } from "@/lib/open-data/export-stream";
import type { ExportWriter } from "@/lib/open-data/formats/export-format";
import type { ExportedEntry } from "@/lib/open-data/open-data-entry";

const PAGES = 40;

/** Pages that are ready at once, as the synchronous SQLite driver gives them; counts what was read and whether it was stopped. */
function readyPages(count = PAGES) {
  const seen = { read: 0, stopped: false };
  async function* pages(): AsyncGenerator<ExportedEntry[]> {
    try {
      for (let i = 0; i < count; i++) {
        seen.read++;
        yield [{ slug: `entry-${i}` } as ExportedEntry];
      }
    } finally {
      seen.stopped = seen.read < count;
    }
  }
  return { pages: pages(), seen };
}

const writer: ExportWriter = {
  head: () => "[",
  page: (entries) => entries.map((entry) => entry.slug).join(","),
  tail: () => "]",
};

describe("exportStream of exportChunks", () => {
  it("lets the server do other work while a fast client downloads, instead of holding it until the whole file is written", async () => {
    const { pages, seen } = readyPages();
    let readWhenOtherWorkRan: number | null = null;
    setTimeout(() => {
      readWhenOtherWorkRan = seen.read;
    }, 0);
    const reader = exportStream(exportChunks(pages, writer)).getReader();
    while (!(await reader.read()).done) {
      /* a client that takes every chunk at once */
    }
    expect(seen.read).toBe(PAGES);
    expect(readWhenOtherWorkRan).not.toBeNull();
    expect(readWhenOtherWorkRan!).toBeLessThan(PAGES);
  });

  it("reads no further ahead than one page of a client that has stopped taking chunks", async () => {
    const { pages, seen } = readyPages();
    const reader = exportStream(exportChunks(pages, writer)).getReader();
    await reader.read(); // the head
    await reader.read(); // the first page
    for (let i = 0; i < 20; i++) await nextTurn();
    expect(seen.read).toBeLessThanOrEqual(2);
  });

  it("stops reading pages when the client goes away", async () => {
    const { pages, seen } = readyPages();
    const reader = exportStream(exportChunks(pages, writer)).getReader();
    await reader.read();
    await reader.read();
    await reader.cancel();
    for (let i = 0; i < 5; i++) await nextTurn();
    expect(seen.stopped).toBe(true);
    expect(seen.read).toBeLessThanOrEqual(2);
  });

  it("writes the head, every page and the tail", async () => {
    const { pages } = readyPages(3);
    expect(await new Response(exportStream(exportChunks(pages, writer))).text()).toBe("[entry-0entry-1entry-2]");
  });
});
