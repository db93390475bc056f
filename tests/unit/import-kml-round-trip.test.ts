import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { EMPTY_TEXTS } from "@/lib/open-data/open-data-columns";
import type { OpenDataEntry } from "@/lib/open-data/open-data-entry";
import { CURATOR, staffAccount } from "./staff-fixtures";
import { setupTestDatabase } from "./test-database";

/**
 * The KML export of a few thousand published entries, read back by the importer (the upload's check in
 * a worker, then its rows): every entry comes back as it was, in both languages and with every text
 * field, so re-importing an export changes nothing. The placemark's name and description are the
 * display copy for map viewers (one language, the entry's page appended); the columns carry the rest.
 */
setupTestDatabase();
const { db } = await import("@/lib/db");
const { importBatch, newImportRun } = await import("@/lib/import/import-batch");
const { readImportUpload } = await import("./read-import-upload");
const { changeRecordStatuses } = await import("@/lib/data/publishing/change-record-statuses");
const { ENTRY } = await import("@/lib/data/entries/entry-record");
const { GET } = await import("@/app/api/v1/export/[file]/route");

const COUNT = 3000;
const DATES = ["1942", "1943-02", "1944-06-22", "1941-06-22/1945-05-09", "1967~", null];

function entry(i: number): OpenDataEntry {
  return {
    slug: `kml-trip-${i}`,
    kind: i % 3 === 0 ? "event" : "memorial",
    date: DATES[i % DATES.length]!,
    latitude: i % 10 === 9 ? null : Number((40 + (i % 300) / 10).toFixed(6)),
    longitude: i % 10 === 9 ? null : Number((20 + Math.floor(i / 300) * 1.5).toFixed(6)),
    locationPrecision: i % 4 === 0 ? "approximate" : "exact",
    countryCode: i % 2 === 0 ? "RU" : null,
    wikidataId: i % 5 === 0 ? `Q${8_000_000 + i}` : null,
    texts: {
      en: { ...EMPTY_TEXTS, title: `Trip & back ${i} <${i % 7}>`, summary: `Summary ${i}.`, description: i % 2 ? `Text of ${i}.` : "" },
      ...(i % 3 === 1
        ? {
            ru: {
              ...EMPTY_TEXTS,
              title: `Туда и обратно ${i}`,
              aliases: [`Другое имя ${i}`, `Третье имя ${i}`],
              description: `Текст ${i}.\nВторая строка.`,
              placeName: "г. Ржев",
              authors: "А. Коробцов, К. Фомин",
              dimensions: "25 м",
              locationNote: "В 7 км от города",
            },
          }
        : {}),
    },
    sources: [],
    tags: [],
  };
}

beforeAll(async () => {
  await db.user.create({ data: staffAccount(CURATOR) });
}, 120_000);

describe("KML round trip on a real database", () => {
  it("a KML export of 3,000 entries → the importer's reader → the same entries, every column in both languages", async () => {
    const entries = Array.from({ length: COUNT }, (_, i) => entry(i));
    const run = newImportRun(CURATOR, false);
    for (let start = 0; start < COUNT; start += 500) {
      const rows = entries.slice(start, start + 500).map((e, k) => ({ line: start + k + 1, entry: e, externalId: null }));
      expect(await importBatch(rows, run)).toMatchObject({ created: rows.length, failed: 0 });
    }
    const ids = (await db.entry.findMany({ where: { slug: { startsWith: "kml-trip-" } }, select: { id: true } })).map((e) => e.id);
    expect(await changeRecordStatuses(ENTRY, { ids, from: ["draft"], to: "published", actor: CURATOR })).toEqual({ changed: COUNT });

    const response = await GET(new NextRequest("http://localhost/api/v1/export/entries.kml?locale=en"), {
      params: Promise.resolve({ file: "entries.kml" }),
    });
    expect(response.status).toBe(200);
    const back = await readImportUpload("entries.kml", new Uint8Array(await response.arrayBuffer()));
    expect(back.parsed.unreadable).toEqual([]);
    const bySlug = new Map(back.parsed.rows.map((row) => [row.entry.slug, row.entry]));
    for (const e of entries) {
      const read = bySlug.get(e.slug);
      expect(read, e.slug).toBeDefined();
      expect(read).toEqual(e);
    }
  }, 300_000);
});
