import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";
import { EMPTY_TEXTS } from "@/lib/open-data/open-data-columns";
import type { OpenDataEntry, OpenDataTexts } from "@/lib/open-data/open-data-entry";
import { CURATOR, staffAccount } from "./staff-fixtures";
import { setupTestDatabase } from "./test-database";

/**
 * The importer reads what the export writes: a CSV or GeoJSON file imported into a real database,
 * published, and exported again gives back the same entries, every column and both languages.
 * The files are written here by hand, as another tool would write them, not by the export itself.
 */
setupTestDatabase();
const { db } = await import("@/lib/db");
const { importBatch, newImportRun } = await import("@/lib/import/import-batch");
const { readImportUpload } = await import("./read-import-upload");
const { changeRecordStatus } = await import("@/lib/data/publishing/change-record-status");
const { ENTRY } = await import("@/lib/data/entries/entry-record");
const { CSV_HEADER } = await import("@/lib/open-data/csv-record");
const { GET } = await import("@/app/api/v1/export/[file]/route");

const THEME = "round-trip-theme";
/** An import, a publication and an export on a real database: seconds on a busy machine. */
const ROUND_TRIP_MS = 60_000;
const texts = (values: Partial<OpenDataTexts>): OpenDataTexts => ({ ...EMPTY_TEXTS, ...values });

/** Entries with every column filled somewhere: both languages, one language, lists, awkward text, no point, ranges, circa. */
function fixtures(prefix: string): OpenDataEntry[] {
  return [
    {
      slug: `${prefix}-memorial`,
      kind: "memorial",
      date: "1967-10-15",
      // Far apart, so the second file's memorial is not flagged as a possible duplicate of the first's.
      latitude: prefix === "csv" ? 48.742222 : -33.868889,
      longitude: prefix === "csv" ? 44.537222 : 151.209444,
      locationPrecision: "exact",
      countryCode: "RU",
      wikidataId: prefix === "csv" ? "Q9000001" : "Q9000002",
      texts: {
        en: texts({
          title: `The Motherland Calls (${prefix})`,
          aliases: ["Mamayev Kurgan", "Mamaev Kurgan"],
          summary: 'A statue "85 m" tall, with a sword; the tallest of its time.',
          description: "First paragraph.\nSecond paragraph, with a comma, and a line break.",
          placeName: "Volgograd",
          locationNote: "",
          authors: "Yevgeny Vuchetich, Nikolai Nikitin",
          dimensions: "85 m",
        }),
        ru: texts({
          title: `Родина-мать зовёт! (${prefix})`,
          aliases: ["Мамаев курган"],
          summary: "Статуя высотой «85 м» с мечом; самая высокая в своё время.",
          description: "Первый абзац.\nВторой абзац, с запятой.",
          placeName: "Волгоград",
          authors: "Евгений Вучетич, Николай Никитин",
          dimensions: "85 м",
        }),
      },
      sources: ["https://example.org/motherland", "https://example.org/ru/родина-мать"],
      tags: [THEME],
    },
    {
      slug: `${prefix}-battle`,
      kind: "event",
      date: "1942-07-17/1943-02-02",
      latitude: null,
      longitude: null,
      locationPrecision: "area",
      countryCode: null,
      wikidataId: null,
      texts: {
        en: texts({ title: `=Battle (${prefix})`, summary: "+1 starts like a formula; @ too.", locationNote: "A region, not a point." }),
        ru: texts({ title: `Битва (${prefix})`, summary: "-1 тоже похоже на формулу.", locationNote: "Область, а не точка." }),
      },
      sources: [],
      tags: [],
    },
    {
      slug: `${prefix}-person`,
      kind: "person",
      date: "1899~",
      latitude: null,
      longitude: null,
      locationPrecision: "exact",
      countryCode: null,
      wikidataId: null,
      texts: { ru: texts({ title: `Только по-русски (${prefix})`, summary: "Запись без английского текста." }) },
      sources: ["https://example.org/person"],
      tags: [],
    },
  ];
}

/** One column's cell as a person or another tool would write it: lists one per line, numbers as text. */
function cell(entry: OpenDataEntry, column: string): string {
  const match = /^(.*)_(en|ru)$/.exec(column);
  if (match && column !== "wikidata_id") {
    const key = {
      title: "title",
      aliases: "aliases",
      summary: "summary",
      description: "description",
      place_name: "placeName",
      location_note: "locationNote",
      authors: "authors",
      dimensions: "dimensions",
    }[match[1]!] as keyof OpenDataTexts;
    const value = entry.texts[match[2] as "en" | "ru"]?.[key] ?? "";
    return Array.isArray(value) ? value.join("\n") : value;
  }
  const scalar: Record<string, string | number | null | string[]> = {
    slug: entry.slug,
    kind: entry.kind,
    date: entry.date,
    latitude: entry.latitude,
    longitude: entry.longitude,
    location_precision: entry.locationPrecision,
    country: entry.countryCode,
    wikidata_id: entry.wikidataId,
    sources: entry.sources,
    tags: entry.tags,
  };
  const value = scalar[column];
  if (value === undefined) throw new Error(`no fixture value for column ${column}`);
  return value === null ? "" : Array.isArray(value) ? value.join("\n") : String(value);
}

const quoted = (text: string) => `"${text.replace(/"/g, '""')}"`;

function handWrittenCsv(entries: OpenDataEntry[]): string {
  return [CSV_HEADER.join(","), ...entries.map((e) => CSV_HEADER.map((column) => quoted(cell(e, column))).join(","))].join("\r\n");
}

function handWrittenGeojson(entries: OpenDataEntry[]): string {
  const list = (values: string[]) => values;
  return JSON.stringify({
    type: "FeatureCollection",
    features: entries.map((e) => ({
      type: "Feature",
      geometry: e.latitude === null ? null : { type: "Point", coordinates: [e.longitude, e.latitude] },
      properties: {
        slug: e.slug,
        kind: e.kind,
        date: e.date,
        location_precision: e.locationPrecision,
        country: e.countryCode,
        wikidata_id: e.wikidataId,
        ...Object.fromEntries(
          (["en", "ru"] as const).flatMap((locale) => {
            const t = e.texts[locale] ?? EMPTY_TEXTS;
            return [
              [`title_${locale}`, t.title],
              [`aliases_${locale}`, list(t.aliases)],
              [`summary_${locale}`, t.summary],
              [`description_${locale}`, t.description],
              [`place_name_${locale}`, t.placeName],
              [`location_note_${locale}`, t.locationNote],
              [`authors_${locale}`, t.authors],
              [`dimensions_${locale}`, t.dimensions],
            ];
          }),
        ),
        sources: e.sources,
        tags: e.tags,
      },
    })),
  });
}

/**
 * In slug order, each entry's source addresses sorted: an entry's citations are a set (the model
 * keeps no order for them, and the export lists them in the order they were stored), so the
 * addresses come back all there but not necessarily in the file's order.
 */
const comparable = (entries: OpenDataEntry[]) =>
  [...entries].map((e) => ({ ...e, sources: [...e.sources].sort() })).sort((a, b) => a.slug.localeCompare(b.slug));

/** Imports the file, publishes what it made, and reads the export of `file` back through the importer's own reader. */
async function roundTrip(name: string, text: string, file: string, slugs: string[]): Promise<OpenDataEntry[]> {
  const upload = await readImportUpload(name, new TextEncoder().encode(text));
  expect(upload.parsed.unreadable).toEqual([]);
  const outcome = await importBatch(upload.parsed.rows, newImportRun(CURATOR, false));
  expect(outcome.report.filter((row) => row.outcome === "failed")).toEqual([]);
  expect(outcome).toMatchObject({ created: slugs.length, failed: 0, duplicates: 0 });
  for (const slug of slugs) {
    const { id, version } = await db.entry.findUniqueOrThrow({ where: { slug }, select: { id: true, version: true } });
    await changeRecordStatus(ENTRY, { id, expectedVersion: version, to: "published", actor: CURATOR });
  }
  const response = await GET(new NextRequest(`http://localhost/api/v1/export/${file}`), { params: Promise.resolve({ file }) });
  expect(response.status).toBe(200);
  const exported = await readImportUpload(file, new Uint8Array(await response.arrayBuffer()));
  expect(exported.parsed.unreadable).toEqual([]);
  return exported.parsed.rows.map((row) => row.entry).filter((entry) => slugs.includes(entry.slug));
}

beforeAll(async () => {
  await db.user.create({ data: staffAccount(CURATOR) });
  await db.tag.create({ data: { slug: THEME, names: JSON.stringify({ en: "Round trip", ru: "Туда и обратно" }) } });
}, 120_000);

describe("open data round trips on a real database", () => {
  it(
    "CSV → import → export → the same entries, every column in both languages",
    async () => {
      const entries = fixtures("csv");
      const back = await roundTrip(
        "collection.csv",
        handWrittenCsv(entries),
        "entries.csv",
        entries.map((e) => e.slug),
      );
      expect(comparable(back)).toEqual(comparable(entries));
    },
    ROUND_TRIP_MS,
  );

  it(
    "GeoJSON → import → export → the same entries, points lon/lat and entries without one",
    async () => {
      const entries = fixtures("geojson");
      const back = await roundTrip(
        "collection.geojson",
        handWrittenGeojson(entries),
        "entries.geojson",
        entries.map((e) => e.slug),
      );
      expect(comparable(back)).toEqual(comparable(entries));
      const memorial = back.find((e) => e.slug === "geojson-memorial")!;
      expect([memorial.latitude, memorial.longitude]).toEqual([-33.868889, 151.209444]);
    },
    ROUND_TRIP_MS,
  );
});
