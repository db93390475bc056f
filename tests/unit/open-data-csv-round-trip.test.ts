import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ENTRY_KINDS } from "@/lib/content/entry-kinds";
import { fromCsvRecord } from "@/lib/open-data/csv-record";
import { csvFormat } from "@/lib/open-data/formats/csv-format";
import { OPEN_DATA_COLUMNS } from "@/lib/open-data/open-data-columns";
import type { OpenDataEntry, OpenDataTexts } from "@/lib/open-data/open-data-entry";

/** Text a spreadsheet or a hostile file could hold: formula starts, quotes, separators, line breaks, Cyrillic. */
const awkwardText = fc.oneof(
  fc.string(),
  fc
    .tuple(fc.constantFrom("=", "+", "-", "@", "\t", "\r", "'", "''", "'=", "''+", "＝", '"', ",", "\n", "Ё"), fc.string())
    .map(([start, rest]) => start + rest),
);
const listItem = awkwardText.filter((text) => text !== "" && !/[\r\n]/.test(text));

const texts: fc.Arbitrary<OpenDataTexts> = fc.record({
  title: awkwardText.filter((text) => text !== ""),
  aliases: fc.array(listItem, { maxLength: 3 }),
  summary: awkwardText,
  description: awkwardText,
  placeName: awkwardText,
  locationNote: awkwardText,
  authors: awkwardText,
  dimensions: awkwardText,
});

// -0 and 0 are one point (the database does not keep the sign of zero either).
const degrees = (limit: number) => fc.double({ min: -limit, max: limit, noNaN: true }).map((n) => n + 0);
const point = fc.option(fc.tuple(degrees(90), degrees(180)));

const entry: fc.Arbitrary<OpenDataEntry> = fc
  .record({
    slug: fc.stringMatching(/^[a-z0-9]+(-[a-z0-9]+)*$/),
    kind: fc.constantFrom(...ENTRY_KINDS),
    date: fc.option(fc.constantFrom("2024-06-06", "1942-01/1943-03", "1967~", "-0044-03-15", "1941-06-22/1945-05-09")),
    point,
    locationPrecision: fc.constantFrom("exact", "approximate", "area"),
    countryCode: fc.option(fc.constantFrom("RU", "BY", "KZ")),
    wikidataId: fc.option(fc.constantFrom("Q1", "Q193563")),
    en: fc.option(texts),
    ru: fc.option(texts),
    sources: fc.array(fc.webUrl(), { maxLength: 3 }),
    tags: fc.array(fc.stringMatching(/^[a-z]+(-[a-z]+)*$/), { maxLength: 3 }),
  })
  .map(({ point, en, ru, ...rest }) => ({
    ...rest,
    latitude: point ? point[0] : null,
    longitude: point ? point[1] : null,
    texts: { ...(en ? { en } : {}), ...(ru ? { ru } : {}) },
  }));

function writeCsv(entries: OpenDataEntry[]): string {
  const writer = csvFormat.writer({ locale: "en", pageUrl: (slug) => slug, openingName: (title) => title });
  return writer.head() + writer.page(entries.map((e) => ({ ...e, period: null }))) + writer.tail();
}

// Each property test writes and parses a few hundred files: a few seconds on an idle machine, more on a busy one.
const PROPERTY_TEST_MS = 30_000;

describe("CSV columns", () => {
  it(
    "read back exactly what was written, whatever the text (property test)",
    () => {
      fc.assert(
        fc.property(fc.array(entry, { minLength: 1, maxLength: 5 }), (entries) => {
          const rows = parse(writeCsv(entries), { columns: true, bom: true }) as Record<string, string>[];
          expect(rows.map(fromCsvRecord)).toEqual(entries);
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TEST_MS,
  );

  it(
    "never leave a text cell that a spreadsheet would run as a formula",
    () => {
      fc.assert(
        fc.property(entry, (one) => {
          const [row] = parse(writeCsv([one]), { columns: true, bom: true }) as Record<string, string>[];
          for (const [name, cell] of Object.entries(row!)) {
            if (name === "latitude" || name === "longitude") expect(cell).toMatch(/^(-?[\d.e+-]+)?$/);
            else expect(cell, name).not.toMatch(/^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/);
          }
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TEST_MS,
  );

  it("are each described in docs/api.md", () => {
    const guide = fs.readFileSync(path.resolve(__dirname, "../../docs/api.md"), "utf8");
    for (const column of OPEN_DATA_COLUMNS) expect(guide, column.name).toContain(`\`${column.name}\``);
  });
});
