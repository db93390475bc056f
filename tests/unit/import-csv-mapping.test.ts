import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { detectCsvDelimiter } from "@/lib/import/csv-delimiter";
import { encodingOfStart, previewCsv } from "@/lib/import/csv-preview";
import { coordinateCell } from "@/lib/import/decimal-comma";
import { guessColumnMapping } from "@/lib/import/guess-column-mapping";
import { CSV_HEADER } from "@/lib/open-data/csv-record";
import { columnMappingSchema, importUploadSchema } from "@/lib/validation/import-upload";
import { MUSEUM_REGISTER_FILE, MUSEUM_REGISTER_MAPPING, MUSEUM_REGISTER_TEXT, windows1251 } from "../fixtures/museum-register";
import { readImportUpload } from "./read-import-upload";

const utf8 = (text: string) => new TextEncoder().encode(text);

async function refusal(run: () => unknown): Promise<{ code: string; message: string; localized?: { key: string } }> {
  try {
    await run();
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error("not refused");
}

const REGISTER_MAPPING = MUSEUM_REGISTER_MAPPING;

describe("a CSV's delimiter", () => {
  it("is the one the header line uses most outside quotes: comma, semicolon or tab", () => {
    expect(detectCsvDelimiter("title_en,latitude,longitude\n1;2;3;4;5")).toBe("comma");
    expect(detectCsvDelimiter("Название;Широта;Долгота\r\nа,б;1,5;2,5")).toBe("semicolon");
    expect(detectCsvDelimiter("name\tlat\tlon\n")).toBe("tab");
    expect(detectCsvDelimiter('"Name, full";"Lat, deg";Lon')).toBe("semicolon");
    expect(detectCsvDelimiter("title_en")).toBe("comma");
    expect(detectCsvDelimiter("a;b,c")).toBe("comma");
  });
});

describe("the first guess of a file's columns", () => {
  it("takes our own names as they are, and ignores what it does not know", () => {
    expect(guessColumnMapping(["external_id", "Title_EN", "latitude", "colour"])).toEqual(["external_id", "title_en", "latitude", null]);
  });

  it("knows the common English and Russian names, and gives text columns the language of their values", () => {
    const columns = ["№", "Инв. номер", "Название", "Широта", "Долгота", "Дата", "Описание", "Примечание"];
    const samples = [["1"], ["КП-1041"], ["Памятник"], ["54,19"], ["37,61"], ["1975"], ["Стела"], ["у завода"]];
    expect(guessColumnMapping(columns, samples)).toEqual([
      null,
      "external_id",
      "title_ru",
      "latitude",
      "longitude",
      "date",
      "description_ru",
      null,
    ]);
    expect(
      guessColumnMapping(["Name", "Lat", "Lng", "Year", "Description", "Inventory number"], [["Victory Park"], [], [], [], ["A park"], []]),
    ).toEqual(["title_en", "latitude", "longitude", "date", "description_en", "external_id"]);
    expect(guessColumnMapping(["Наименование", "long", "ID"], [["Vechny ogon"]])).toEqual(["title_en", "longitude", "external_id"]);
    expect(guessColumnMapping(["name_ru", "Название (англ.)"], [["Victory Park"], ["Victory Park"]])).toEqual(["title_ru", "title_en"]);
  });

  it("gives each of our columns to one column only: the strongest name, then the leftmost", () => {
    expect(guessColumnMapping(["№", "Название", "Наименование", "Инв. №"], [[], ["Обелиск"], ["Обелиск"]])).toEqual([
      null,
      "title_ru",
      null,
      "external_id",
    ]);
  });
});

describe("the column mapping sent with a file", () => {
  it("needs a title column, and each of ours chosen once", () => {
    expect(columnMappingSchema.safeParse(REGISTER_MAPPING).success).toBe(true);
    const noTitle = columnMappingSchema.safeParse({ Широта: "latitude" });
    expect(noTitle.error?.issues).toEqual([expect.objectContaining({ path: [], message: "mappingTitleRequired" })]);
    const twice = columnMappingSchema.safeParse({ Название: "title_ru", Наименование: "title_ru" });
    expect(twice.error?.issues).toEqual([expect.objectContaining({ path: ["Наименование"], message: "mappingColumnTwice" })]);
    const unknown = columnMappingSchema.safeParse({ Название: "title_ru", Цвет: "colour" });
    expect(unknown.error?.issues).toEqual([expect.objectContaining({ path: ["Цвет"], code: "invalid_value" })]);
  });

  it("travels as JSON text in the upload's fields, beside the encoding and the delimiter", () => {
    const fields = importUploadSchema.parse({
      encoding: "windows-1251",
      delimiter: "semicolon",
      mapping: JSON.stringify(REGISTER_MAPPING),
    });
    expect(fields).toMatchObject({ encoding: "windows-1251", delimiter: "semicolon", mapping: REGISTER_MAPPING, dryRun: false });
    expect(importUploadSchema.parse({})).toEqual({ dryRun: false, encoding: "utf-8" });
    expect(importUploadSchema.safeParse({ mapping: "{not json" }).error?.issues).toEqual([
      expect.objectContaining({ path: ["mapping"], message: "mappingNotJson" }),
    ]);
    expect(importUploadSchema.safeParse({ encoding: "koi8-r" }).success).toBe(false);
    expect(importUploadSchema.safeParse({ delimiter: "|" }).success).toBe(false);
  });
});

describe("a decimal comma", () => {
  it("is read in a coordinate when cells are not separated by commas; anything else stays as it is", () => {
    expect(coordinateCell("latitude", "55,75", ";")).toBe("55.75");
    expect(coordinateCell("longitude", " -0,5 ", "\t")).toBe(" -0.5 ");
    expect(coordinateCell("latitude", "55,75", ",")).toBe("55,75");
    expect(coordinateCell("latitude", "55,75,1", ";")).toBe("55,75,1");
    expect(coordinateCell("title_en", "1,5", ";")).toBe("1,5");
  });
});

// The first reading starts an import worker, which loads its modules: seconds on a busy machine.
describe("reading a museum's own spreadsheet", { timeout: 60_000 }, () => {
  it("keeps the fixture as the helper writes it: Windows-1251 bytes of the register", () => {
    expect(new Uint8Array(fs.readFileSync(MUSEUM_REGISTER_FILE))).toEqual(windows1251(MUSEUM_REGISTER_TEXT));
  });

  it("reads Windows-1251 with semicolons and decimal commas through the mapping, line by line", async () => {
    const bytes = new Uint8Array(fs.readFileSync(MUSEUM_REGISTER_FILE));
    const { format, totalRows, reading, parsed } = await readImportUpload("register.csv", bytes, {
      encoding: "windows-1251",
      mapping: REGISTER_MAPPING,
    });
    expect(format).toBe("csv");
    expect(totalRows).toBe(4);
    expect(reading).toEqual({ encoding: "windows-1251", delimiter: "semicolon", mapping: REGISTER_MAPPING });
    expect(parsed.unreadable).toEqual([]);
    expect(
      parsed.rows.map((row) => [row.line, row.externalId, row.entry.texts.ru?.title, row.entry.latitude, row.entry.longitude]),
    ).toEqual([
      [2, "КП-1041", "Памятник героям-зенитчикам", 54.1931, 37.6173],
      [3, "КП-1042", "Братская могила № 7", 53.2001, 45.0046],
      [4, "КП-1043", "Обелиск на развилке", 52.6031, Number.NaN],
      [5, "КП-1044", "Эвакуация завода", null, null],
    ]);
    expect(parsed.rows[1]!.entry).toMatchObject({
      date: "1943",
      texts: { ru: { description: "Захоронение защитников города, «Вечный огонь»." } },
    });
    expect(parsed.rows[0]!.entry.texts.en).toBeUndefined();
  });

  it("imports the same entries through a mapping as from the same data in our columns", async () => {
    const ours = [
      "external_id,title_ru,latitude,longitude,date,description_ru",
      'КП-1,Памятник,54.1931,37.6173,1975-05-09,"Стела, гранит"',
      "КП-2,Обелиск,,,1966,",
    ].join("\n");
    const theirs = [
      "Инв. номер;Название;Широта;Долгота;Дата;Описание;Цвет",
      "КП-1;Памятник;54,1931;37,6173;1975-05-09;Стела, гранит;серый",
      "КП-2;Обелиск;;;1966;;",
    ].join("\n");
    const plain = await readImportUpload("ours.csv", utf8(ours));
    const mapped = await readImportUpload("theirs.csv", utf8(theirs), { encoding: "utf-8", mapping: REGISTER_MAPPING });
    expect(mapped.parsed.rows).toEqual(plain.parsed.rows);
    expect(plain.reading).toEqual({ encoding: "utf-8", delimiter: "comma" });
  });

  it("refuses a mapping naming a column the file has not got, whole", async () => {
    const refused = await refusal(() =>
      readImportUpload("f.csv", utf8("Название;Широта\nПамятник;54"), { encoding: "utf-8", mapping: { Наименование: "title_ru" } }),
    );
    expect(refused).toMatchObject({
      code: "INVALID_INPUT",
      localized: { key: "mappingNoSuchColumn" },
      issues: [{ path: "mapping.Наименование" }],
    });
  });

  it("reads a tab-separated file, detected from its header", async () => {
    const { reading, parsed } = await readImportUpload("f.tsv.csv", utf8("title_en\tlatitude\tlongitude\nA place\t1,5\t2\n"));
    expect(reading.delimiter).toBe("tab");
    expect(parsed.rows[0]!.entry).toMatchObject({ latitude: 1.5, longitude: 2 });
  });

  it("refuses Windows-1251 read as UTF-8 with a refusal that says to choose Windows-1251, and UTF-8 read as Windows-1251", async () => {
    const bytes = new Uint8Array(fs.readFileSync(MUSEUM_REGISTER_FILE));
    expect(await refusal(() => readImportUpload("register.csv", bytes))).toMatchObject({
      code: "UNSUPPORTED_MEDIA_TYPE",
      message: /Windows-1251/,
      localized: { key: "importLooksWindows1251" },
    });
    expect(await refusal(() => readImportUpload("register.csv", utf8(MUSEUM_REGISTER_TEXT), { encoding: "windows-1251" }))).toMatchObject({
      code: "UNSUPPORTED_MEDIA_TYPE",
      localized: { key: "importLooksUtf8" },
    });
  });

  it("still refuses whole, as Windows-1251 too, a binary file, UTF-16, and control characters", async () => {
    const cp1251 = { encoding: "windows-1251" } as const;
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(await refusal(() => readImportUpload("photo.csv", png, cp1251))).toMatchObject({
      code: "UNSUPPORTED_MEDIA_TYPE",
      message: /not text/,
    });
    const utf16 = new Uint8Array([0xff, 0xfe, 0x74, 0x00]);
    expect(await refusal(() => readImportUpload("utf16.csv", utf16, cp1251))).toMatchObject({
      code: "UNSUPPORTED_MEDIA_TYPE",
      message: /UTF-16/,
    });
    // 0x98 is no letter in Windows-1251: a file where it shows up was saved in another encoding.
    const other = new Uint8Array([...windows1251("title_ru\n"), 0x98, 0xe0, 0x98, 0xe1]);
    expect(await refusal(() => readImportUpload("other.csv", other, cp1251))).toMatchObject({
      code: "UNSUPPORTED_MEDIA_TYPE",
      message: /not text/,
    });
  });

  it("leaves a file in our own columns as it was read before: commas, UTF-8, no mapping", async () => {
    const text = [
      CSV_HEADER.join(","),
      CSV_HEADER.map((name) => (name === "title_en" ? "A place" : name === "latitude" ? "55.5" : "")).join(","),
    ].join("\n");
    const { reading, parsed } = await readImportUpload("entries.csv", utf8(text));
    expect(reading).toEqual({ encoding: "utf-8", delimiter: "comma" });
    expect(parsed.rows[0]!.entry).toMatchObject({ latitude: 55.5, texts: { en: { title: "A place" } } });
  });
});

describe("the upload form's look at a file before it is sent", () => {
  it("shows the register's columns and first values, found as semicolon-separated Windows-1251", () => {
    const bytes = new Uint8Array(fs.readFileSync(MUSEUM_REGISTER_FILE));
    expect(encodingOfStart(bytes)).toBe("windows-1251");
    expect(encodingOfStart(utf8(MUSEUM_REGISTER_TEXT))).toBe("utf-8");
    expect(encodingOfStart(utf8("title_en\nA place"))).toBeNull();
    const preview = previewCsv(bytes, "windows-1251");
    expect(preview.delimiter).toBe("semicolon");
    expect(preview.columns).toEqual(["№", "Инв. номер", "Название", "Широта", "Долгота", "Дата", "Описание", "Примечание"]);
    expect(preview.samples[2]).toEqual(["Памятник героям-зенитчикам", "Братская могила № 7", "Обелиск на развилке"]);
    expect(previewCsv(bytes, "windows-1251", "comma").columns).toHaveLength(1);
  });

  it("shows the header of a file whose first rows a quoted cell runs past the part read", () => {
    const preview = previewCsv(utf8(`title_en,description_en\nA,"${"long ".repeat(10)}`), "utf-8");
    expect(preview.columns).toEqual(["title_en", "description_en"]);
  });

  it("finds Windows-1251 on upload when the file's first lines are ASCII and its Cyrillic comes later", async () => {
    const bytes = windows1251(`title_ru;latitude\n${"x;1\n".repeat(20_000)}Памятник;2\n`);
    expect(await refusal(() => readImportUpload("late.csv", bytes))).toMatchObject({ localized: { key: "importLooksWindows1251" } });
  });
});
