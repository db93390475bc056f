import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { windows1251 } from "../fixtures/museum-register";
import { waitFor } from "./async-checks";
import { CURATOR, staffAccount } from "./staff-fixtures";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
process.env.UPLOADS_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "imports-dates-"));
const { startImport } = await import("@/lib/import/start-import");
const { getImportJob } = await import("@/lib/data/imports/get-import-job");
const { db } = await import("@/lib/db");

beforeAll(async () => {
  await db.user.create({ data: staffAccount(CURATOR) });
}, 120_000);

/** A Russian museum's register as its Excel saves it: its own columns, semicolons, decimal commas, Windows-1251, dates as the museum writes them. */
const REGISTER = [
  "Инв. номер;Название;Широта;Долгота;Дата",
  "КП-2001;Памятник воинам-освободителям;54,1931;37,6173;09.05.1975",
  "КП-2002;Братская могила у станции;53,2001;45,0046;1941–1945 гг.",
  "КП-2003;Обелиск у дороги;52,6031;39,5701;около 1967",
  "КП-2004;Стела у школы;51,6601;39,2001;05/09/1975",
  "КП-2005;Мемориальная доска на вокзале;;;9 мая 1975 г.",
  "",
].join("\r\n");
const REGISTER_MAPPING = { "Инв. номер": "external_id", Название: "title_ru", Широта: "latitude", Долгота: "longitude", Дата: "date" };

async function finished(job: { id: string }) {
  await waitFor(async () => !["queued", "running"].includes((await getImportJob(job.id))!.status));
  return (await getImportJob(job.id))!;
}

const datesOf = async (externalIds: string[]) =>
  Object.fromEntries(
    (await db.entry.findMany({ where: { externalId: { in: externalIds } }, select: { externalId: true, dateEdtf: true } })).map((e) => [
      e.externalId,
      e.dateEdtf,
    ]),
  );

describe("dates as a museum's spreadsheet writes them, in an import", { timeout: 120_000 }, () => {
  it("imports a Russian register's rows with their dates read, and reports the ambiguous one with its line, value and how to write it", async () => {
    const upload = {
      fileName: "register.csv",
      bytes: windows1251(REGISTER),
      actor: CURATOR,
      reading: { encoding: "windows-1251" as const, delimiter: "semicolon" as const, mapping: REGISTER_MAPPING },
    };
    const dry = await finished(await startImport({ ...upload, dryRun: true }));
    expect(dry).toMatchObject({ status: "done", counts: { created: 4, failed: 1 } });
    expect(await db.entry.count({ where: { externalId: { startsWith: "КП-20" } } })).toBe(0);

    const job = await finished(await startImport({ ...upload, dryRun: false }));
    expect(job).toMatchObject({ status: "done", counts: { created: 4, failed: 1, duplicates: 0 } });
    expect(job.report).toEqual(dry.report);
    expect(job.report).toEqual([expect.objectContaining({ line: 5, outcome: "failed", column: "date", title: "Стела у школы" })]);
    const { reason } = job.report[0]!;
    expect(reason.en).toContain("05/09/1975");
    expect(reason.en).toContain("1975-05-09 or 09.05.1975");
    expect(reason.ru).toContain("05/09/1975");
    expect(reason.ru).toContain("1975-09-05 или 05.09.1975");
    expect(await datesOf(["КП-2001", "КП-2002", "КП-2003", "КП-2004", "КП-2005"])).toEqual({
      "КП-2001": "1975-05-09",
      "КП-2002": "1941/1945",
      "КП-2003": "1967~",
      "КП-2005": "1975-05-09",
    });

    const again = await finished(await startImport({ ...upload, dryRun: false }));
    expect(again.counts).toMatchObject({ created: 0, updated: 0, unchanged: 4, failed: 1 });
  });

  it("reads the same dates in GeoJSON properties and KML ExtendedData", async () => {
    const feature = (id: string, title: string, date: unknown, longitude: number) => ({
      type: "Feature",
      id,
      geometry: { type: "Point", coordinates: [longitude, 10] },
      properties: { title_en: title, date },
    });
    const geojson = {
      type: "FeatureCollection",
      features: [
        feature("geo-1", "Harbour memorial", "May 9, 1975", 10),
        feature("geo-2", "Fortress wall", "1941-45", 11),
        feature("geo-3", "Village obelisk", "c. 1967", 12),
        feature("geo-4", "School plaque", "05/09/1975", 13),
        feature("geo-5", "Railway monument", "9.5.75", 14),
        feature("geo-6", "Field memorial", "1975-05-09T00:00:00", 15),
      ],
    };
    const geo = await finished(
      await startImport({
        fileName: "dates.geojson",
        bytes: new TextEncoder().encode(JSON.stringify(geojson)),
        dryRun: false,
        actor: CURATOR,
      }),
    );
    expect(geo.counts).toMatchObject({ created: 4, failed: 2 });
    expect(geo.report.map(({ line, column, reason }) => ({ line, column, en: reason.en }))).toEqual([
      { line: 4, column: "date", en: expect.stringContaining("05/09/1975") },
      { line: 5, column: "date", en: expect.stringContaining("9.5.75") },
    ]);
    expect(await datesOf(["geo-1", "geo-2", "geo-3", "geo-6"])).toEqual({
      "geo-1": "1975-05-09",
      "geo-2": "1941/1945",
      "geo-3": "1967~",
      "geo-6": "1975-05-09",
    });

    const kml = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
  <Placemark id="kml-1"><name>Мемориал у моста</name><ExtendedData><Data name="date"><value>9 мая 1975 г.</value></Data></ExtendedData>
    <Point><coordinates>20,20</coordinates></Point></Placemark>
  <Placemark id="kml-2"><name>Памятник у завода</name><ExtendedData><Data name="date"><value>31.02.1975</value></Data></ExtendedData>
    <Point><coordinates>21,20</coordinates></Point></Placemark>
</Document></kml>`;
    const fromKml = await finished(
      await startImport({ fileName: "dates.kml", bytes: new TextEncoder().encode(kml), dryRun: false, actor: CURATOR }),
    );
    expect(fromKml.counts).toMatchObject({ created: 1, failed: 1 });
    expect(fromKml.report).toEqual([expect.objectContaining({ line: 2, column: "date" })]);
    expect(fromKml.report[0]!.reason.ru).toContain("31.02.1975");
    expect(await datesOf(["kml-1"])).toEqual({ "kml-1": "1975-05-09" });
  });
});
