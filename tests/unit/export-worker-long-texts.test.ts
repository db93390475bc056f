import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
const { createEntries } = await import("@/lib/data/entries/create-entries");
const { exportResponse, EXPORT_FILES } = await import("@/lib/open-data/export-response");
const { warmExportWorker } = await import("@/lib/open-data/in-export-worker");

/** More than a page of entries with the longest texts the editor takes, in Cyrillic (two bytes a character in V8). */
const COUNT = 600;
const longText = (length: number, n: number) => `Мемориал ${n} `.repeat(Math.ceil(length / 12)).slice(0, length);
const none = { aliases: "", locationNote: "", authors: "", dimensions: "" };

function entry(n: number) {
  const texts = {
    ...none,
    title: `Мемориал ${n}`,
    summary: longText(1000, n),
    description: longText(20000, n),
    placeName: longText(300, n),
  };
  return {
    status: "published" as const,
    entry: {
      slug: `long-memorial-${n}`,
      kind: "memorial" as const,
      latitude: "55.75",
      longitude: "37.6",
      date: "1975",
      translations: { en: texts, ru: texts },
      relations: [],
      citations: [],
    },
  };
}

beforeAll(async () => {
  warmExportWorker();
  await createEntries(
    Array.from({ length: COUNT }, (_, n) => entry(n)),
    { actor: null, batchSize: 100 },
  );
}, 600_000);

describe("the export worker's heap", { timeout: 300_000 }, () => {
  it.each(["entries.geojson", "entries.jsonld", "entries.csv", "entries.kml"])(
    "holds a page of the longest texts the editor takes: %s",
    async (file) => {
      const request = new NextRequest(`http://localhost/api/v1/export/${file}`);
      const response = await exportResponse(request, EXPORT_FILES[file]!, { openingNames: async () => (title) => `Открытие: ${title}` });
      const text = await response.text();
      expect(text.split("long-memorial-").length - 1).toBeGreaterThanOrEqual(COUNT);
    },
  );
});
