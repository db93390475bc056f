import { beforeAll, describe, expect, it } from "vitest";
import { CURATOR, entryEdit, staffAccount } from "./staff-fixtures";
import { setupTestDatabase } from "./test-database";

/**
 * A file that has only some of our columns (an OpenStreetMap export, a register mapped to a few
 * columns) re-imported over entries curators have worked on since: it sets what it has, and leaves
 * every field it has no column for as the curator left it.
 */
setupTestDatabase();
const { createEntries } = await import("@/lib/data/entries/create-entries");
const { importBatch, newImportRun } = await import("@/lib/import/import-batch");
const { readImportUpload } = await import("./read-import-upload");
const { db } = await import("@/lib/db");

const utf8 = (text: string) => new TextEncoder().encode(text);

async function entryNow(slug: string) {
  return db.entry.findUniqueOrThrow({
    where: { slug },
    select: { kind: true, dateEdtf: true, countryCode: true, locationPrecision: true, latitude: true, translations: true },
  });
}

beforeAll(async () => {
  await db.user.create({ data: staffAccount(CURATOR) });
  const worked = (slug: string, externalId: string) => ({
    entry: entryEdit(slug, {
      latitude: 56.2617,
      longitude: 34.3291,
      locationPrecision: "approximate" as const,
      countryCode: "RU",
      translations: {
        en: {
          title: "Glory Obelisk",
          aliases: "Obelisk of Glory",
          summary: "Unveiled on Victory Day.",
          description: "",
          placeName: "",
          locationNote: "",
          authors: "V. Kalinin",
          dimensions: "",
        },
        ru: {
          title: "Обелиск Славы",
          aliases: "",
          summary: "",
          description: "",
          placeName: "г. Ржев",
          locationNote: "",
          authors: "",
          dimensions: "",
        },
      },
    }),
    externalId,
  });
  await createEntries([worked("osm-obelisk", "node/4471290385"), worked("register-obelisk", "2")], { actor: CURATOR });
}, 120_000);

describe("re-importing a file with fewer columns than the entry has fields", () => {
  it("an Overpass GeoJSON of the same node: unchanged, the curator's English text, country and precision kept", async () => {
    const geojson = JSON.stringify({
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          id: "node/4471290385",
          properties: { "@id": "node/4471290385", historic: "memorial", name: "Обелиск Славы" },
          geometry: { type: "Point", coordinates: [34.3291, 56.2617] },
        },
      ],
    });
    const { parsed } = await readImportUpload("export.geojson", utf8(geojson));
    expect(await importBatch(parsed.rows, newImportRun(CURATOR, false))).toMatchObject({ unchanged: 1, updated: 0, failed: 0 });
    const entry = await entryNow("osm-obelisk");
    expect(entry).toMatchObject({ kind: "memorial", dateEdtf: "1975-05-09", countryCode: "RU", locationPrecision: "approximate" });
    expect(entry.translations.find((t) => t.locale === "en")).toMatchObject({
      title: "Glory Obelisk",
      summary: "Unveiled on Victory Day.",
    });
  });

  it("a register mapped to four columns: its Russian title and point are set, every other field stays", async () => {
    const text = "№ п/п;Наименование объекта;Широта;Долгота\r\n2;Обелиск Славы на Советской площади;56,2618;34,3292\r\n";
    const { parsed } = await readImportUpload("register.csv", utf8(text), {
      encoding: "utf-8",
      delimiter: "semicolon",
      mapping: { "№ п/п": "external_id", "Наименование объекта": "title_ru", Широта: "latitude", Долгота: "longitude" },
    });
    expect(await importBatch(parsed.rows, newImportRun(CURATOR, false))).toMatchObject({ updated: 1, failed: 0 });
    const entry = await entryNow("register-obelisk");
    expect(entry).toMatchObject({
      kind: "memorial",
      dateEdtf: "1975-05-09",
      countryCode: "RU",
      locationPrecision: "approximate",
      latitude: 56.2618,
    });
    expect(entry.translations.find((t) => t.locale === "ru")).toMatchObject({
      title: "Обелиск Славы на Советской площади",
      placeName: "г. Ржев",
    });
    expect(entry.translations.find((t) => t.locale === "en")).toMatchObject({ title: "Glory Obelisk", authors: "V. Kalinin" });
    // The same file again: nothing to change.
    expect(await importBatch(parsed.rows, newImportRun(CURATOR, false))).toMatchObject({ unchanged: 1, updated: 0 });
  });
});
