import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { previewCsv } from "@/lib/import/csv-preview";
import { guessColumnMapping } from "@/lib/import/guess-column-mapping";
import { readImportUpload } from "./read-import-upload";

/**
 * Spreadsheets as people save them, which the importer had never seen (tests/fixtures/unseen/): a
 * regional museum's register from a Russian Excel, with a title line above its header and empty rows,
 * and an English "CSV UTF-8" with a trailing empty column and an empty row. Each is read the way the
 * upload form reads it: the form's look at the file, its guess of the columns, then the server's reading.
 */
const UNSEEN = path.join(__dirname, "../fixtures/unseen");
const bytesOf = (name: string) => new Uint8Array(fs.readFileSync(path.join(UNSEEN, name)));

/** The mapping the form sends: each guessed column by its name. */
function guessedMapping(columns: readonly string[], samples: readonly (readonly string[])[]): Record<string, string> {
  const guesses = guessColumnMapping(columns, samples);
  return Object.fromEntries(columns.flatMap((name, i) => (guesses[i] ? [[name, guesses[i]]] : [])));
}

describe("a museum register with a title line above its header (Windows-1251, semicolons)", () => {
  const bytes = bytesOf("tver-museum-register-cp1251.csv");

  it("is shown with its real header, the title line above it skipped, and its columns guessed", () => {
    const preview = previewCsv(bytes, "windows-1251");
    expect(preview.delimiter).toBe("semicolon");
    expect(preview.columns).toEqual([
      "№ п/п",
      "Наименование объекта",
      "Населённый пункт",
      "Широта",
      "Долгота",
      "Год открытия",
      "Авторы",
      "Примечание",
    ]);
    expect(preview.samples[1]).toEqual(["Братская могила советских воинов", "Обелиск Славы", "Ржевский мемориал советскому солдату"]);
    expect(guessColumnMapping(preview.columns, preview.samples)).toEqual([
      "external_id",
      "title_ru",
      "place_name_ru",
      "latitude",
      "longitude",
      "date",
      "authors_ru",
      "description_ru",
    ]);
  });

  it("is read from the header on: its 40 rows with their own line numbers, its empty rows skipped, none refused", async () => {
    const preview = previewCsv(bytes, "windows-1251");
    const mapping = guessedMapping(preview.columns, preview.samples);
    const { parsed, totalRows } = await readImportUpload("register.csv", bytes, {
      encoding: "windows-1251",
      delimiter: "semicolon",
      mapping,
    });
    expect(parsed.unreadable).toEqual([]);
    expect(parsed.rows).toHaveLength(40);
    expect(totalRows).toBe(40);
    expect(parsed.rows[0]).toMatchObject({ line: 3, externalId: "1" });
    expect(parsed.rows[0]!.entry).toMatchObject({ latitude: 56.2621, longitude: 34.3302 });
    expect(parsed.rows[0]!.entry.texts.ru).toMatchObject({ title: "Братская могила советских воинов", placeName: "г. Ржев, ул. Калинина" });
    // Row 7 comes after an empty row (line 9): it keeps its own line, 10.
    expect(parsed.rows[6]).toMatchObject({ line: 10, externalId: "7" });
  });

  it("still says what is wrong with a mapping that names a column the file does not have", async () => {
    await expect(
      readImportUpload("register.csv", bytes, {
        encoding: "windows-1251",
        delimiter: "semicolon",
        mapping: { "Наименование объекта": "title_ru", Инвентарь: "external_id" },
      }),
    ).rejects.toMatchObject({ localized: { key: "mappingNoSuchColumn" } });
  });
});

describe("an English Excel 'CSV UTF-8' (byte order mark, CRLF, multi-line notes, a trailing empty column)", () => {
  const bytes = bytesOf("county-memorials-excel-utf8.csv");

  it("has its town and unveiling year guessed as the place name and the date", () => {
    const preview = previewCsv(bytes, "utf-8");
    expect(preview.columns).toEqual(["Name", "Town", "Lat", "Long", "Unveiled", "Notes", ""]);
    expect(guessColumnMapping(preview.columns, preview.samples)).toEqual([
      "title_en",
      "place_name_en",
      "latitude",
      "longitude",
      "date",
      "description_en",
      null,
    ]);
  });

  it("skips its empty row instead of refusing it for having no title", async () => {
    const { parsed } = await readImportUpload("county.csv", bytes, {
      encoding: "utf-8",
      delimiter: "comma",
      mapping: { Name: "title_en", Lat: "latitude", Long: "longitude", Notes: "description_en" },
    });
    expect(parsed.unreadable).toEqual([]);
    expect(parsed.rows).toHaveLength(15);
    expect(parsed.rows.some((row) => !row.entry.texts.en?.title)).toBe(false);
    expect(parsed.rows[0]!.entry.texts.en?.description).toBe(
      "Geraldine Mary Harmsworth Park, next to the Imperial War Museum.\nUnveiled 9 May 1999 by the Defence Secretary.",
    );
  });
});
