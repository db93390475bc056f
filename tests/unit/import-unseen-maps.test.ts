import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readImportUpload } from "./read-import-upload";

/**
 * Map files the importer had never seen (tests/fixtures/unseen/): a Google My Maps KML with folders,
 * CDATA descriptions written as HTML (line breaks, an image, a link, an escaped ampersand), and an
 * Overpass Turbo GeoJSON export.
 */
const UNSEEN = path.join(__dirname, "../fixtures/unseen");
const bytesOf = (name: string) => new Uint8Array(fs.readFileSync(path.join(UNSEEN, name)));

describe("a Google My Maps KML", () => {
  it("reads its HTML descriptions as text: line breaks kept, images and markup dropped, entities read", async () => {
    const { parsed } = await readImportUpload("route.kml", bytesOf("my-maps-memorial-route.kml"));
    expect(parsed.unreadable).toEqual([]);
    const description = (title: string) => parsed.rows.find((row) => row.entry.texts.ru?.title === title)?.entry.texts.ru?.description;
    expect(description("Обелиск Славы на Советской площади")).toBe("Открыт 9 мая 1967 года.\nРядом — Вечный огонь.");
    expect(description("Ржевский мемориал")).toBe(
      "Мемориал Советскому солдату, 25 м.\nЭкскурсия в 12:00, сбор у входа.\nЗапись (https://example.invalid/excursion)",
    );
    expect(description("Памятник «Журавли», Зубцов")).toBe("Памятник журавлям — символ памяти.");
    expect(description("Соборная гора, Старица")).toBe("Братская могила советских воинов & скульптура «Скорбящая мать» (1975).");
  });
});
