import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { byteChunks, IMPORT_CHUNK_BYTES } from "@/lib/import/import-bytes";
import { importFormatOf } from "@/lib/import/import-format";
import { readImportRecords } from "@/lib/import/read-import-records";
import { rowEditInput } from "@/lib/import/row-edit";
import { CSV_HEADER } from "@/lib/open-data/csv-record";
import { entryEditSchema } from "@/lib/validation/entry-edit";
import { readImportUpload } from "./read-import-upload";

const utf8 = (text: string) => new TextEncoder().encode(text);
const header = CSV_HEADER.join(",");
const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`;
const csvRow = (cells: Record<string, string>) => CSV_HEADER.map((name) => csvCell(cells[name] ?? "")).join(",");

async function refusal(run: () => unknown): Promise<{ code: string; message: string }> {
  try {
    await run();
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error("not refused");
}

describe("reading an import file", () => {
  it("reads the export's CSV columns, with or without a byte order mark, and keeps line numbers", async () => {
    const text = [
      header,
      csvRow({
        slug: "a-place",
        kind: "memorial",
        title_en: "A place",
        latitude: "55.5",
        longitude: "-37.25",
        aliases_en: "One\nTwo",
        date: "1942-06",
      }),
      csvRow({ title_ru: "Мемориал", sources: "https://example.org/a\nhttps://example.org/b", tags: "battle-of-stalingrad" }),
    ].join("\r\n");
    for (const bytes of [utf8(text), utf8(`\uFEFF${text}`)]) {
      const { format, parsed } = await readImportUpload("entries.csv", bytes);
      expect(format).toBe("csv");
      expect(parsed.unreadable).toEqual([]);
      expect(parsed.rows.map((row) => row.line)).toEqual([2, 4]);
      const [first, second] = parsed.rows;
      expect(first!.entry).toMatchObject({ slug: "a-place", kind: "memorial", latitude: 55.5, longitude: -37.25, date: "1942-06" });
      expect(first!.entry.texts.en).toMatchObject({ title: "A place", aliases: ["One", "Two"] });
      expect(second!.entry.texts.ru?.title).toBe("Мемориал");
      expect(second!.entry.sources).toEqual(["https://example.org/a", "https://example.org/b"]);
      expect(second!.entry.tags).toEqual(["battle-of-stalingrad"]);
    }
  });

  it("reads a CSV as it arrives: the first row comes before the rest of the file is read, and stopping closes it", async () => {
    const bytes = utf8(
      [header, ...Array.from({ length: 5000 }, (_, i) => csvRow({ title_en: `Row ${i}`, summary_en: "x".repeat(100) }))].join("\n"),
    );
    const chunks = Math.ceil(bytes.byteLength / IMPORT_CHUNK_BYTES);
    expect(chunks).toBeGreaterThan(10);
    let read = 0;
    let closed = false;
    async function* counted() {
      try {
        for await (const chunk of byteChunks(bytes)) {
          read++;
          yield chunk;
        }
      } finally {
        closed = true;
      }
    }
    const records = readImportRecords("csv", counted());
    expect((await records.next()).value).toMatchObject({ line: 2, entry: { texts: { en: { title: "Row 0" } } } });
    expect(read).toBeLessThan(chunks / 2);
    await records.return(undefined);
    expect(closed).toBe(true);
  });

  it("keeps a formula cell as text, and takes back the quote the export puts before one", async () => {
    const text = [header, csvRow({ title_en: '=HYPERLINK("http://evil.example","x")', summary_en: "'=1+2" })].join("\n");
    const { parsed } = await readImportUpload("f.csv", utf8(text));
    expect(parsed.rows[0]!.entry.texts.en).toMatchObject({ title: '=HYPERLINK("http://evil.example","x")', summary: "=1+2" });
  });

  it("reports a row with the wrong number of cells by its line and reads the rest", async () => {
    const text = ["title_en,latitude,longitude", "Good,1,2", "Bad,1", "Also good,3,4"].join("\n");
    const { parsed } = await readImportUpload("f.csv", utf8(text));
    expect(parsed.rows.map((row) => row.entry.texts.en?.title)).toEqual(["Good", "Also good"]);
    expect(parsed.unreadable).toEqual([{ line: 3, reason: { key: "cellCount", params: { cells: 2, columns: 3 } } }]);
  });

  it("takes an external_id column as the row's stable id", async () => {
    const { parsed } = await readImportUpload("f.csv", utf8("external_id,title_en\nmuseum-17,A title"));
    expect(parsed.rows[0]!.externalId).toBe("museum-17");
  });

  it("refuses whole a binary file renamed .csv, text that is not UTF-8, and content of another format", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(await refusal(() => readImportUpload("photo.csv", png))).toMatchObject({ code: "UNSUPPORTED_MEDIA_TYPE", message: /not text/ });
    const cp1251 = new Uint8Array([0x74, 0x69, 0x74, 0x6c, 0x65, 0x5f, 0x72, 0x75, 0x0a, 0xcc, 0xe5, 0xec, 0xee, 0xf0, 0xe8, 0xe0, 0xeb]);
    expect(await refusal(() => readImportUpload("ru.csv", cp1251))).toMatchObject({ code: "UNSUPPORTED_MEDIA_TYPE", message: /not UTF-8/ });
    const utf16 = new Uint8Array([0xff, 0xfe, 0x74, 0x00]);
    expect(await refusal(() => readImportUpload("utf16.csv", utf16))).toMatchObject({ code: "UNSUPPORTED_MEDIA_TYPE", message: /UTF-16/ });
    expect(await refusal(() => importFormatOf("entries.csv", '{"type":"FeatureCollection"}'))).toMatchObject({
      code: "UNSUPPORTED_MEDIA_TYPE",
    });
    expect(await refusal(() => readImportUpload("entries.geojson", utf8("{not json")))).toMatchObject({
      code: "INVALID_INPUT",
      message: /GeoJSON/,
    });
    expect(await refusal(() => readImportUpload("entries.kml", utf8("<kml><Placemark></kml>")))).toMatchObject({
      code: "INVALID_INPUT",
      message: /KML/,
    });
    expect(await refusal(() => readImportUpload("entries.csv", utf8("a,b\n1,2")))).toMatchObject({
      code: "INVALID_INPUT",
      message: /title_en/,
    });
  });

  it("reads GeoJSON points with the CSV columns as properties, and reports a geometry with no position", async () => {
    const collection = {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          id: "a-place",
          geometry: { type: "Point", coordinates: [44.5, 48.7] },
          properties: { slug: "a-place", title_en: "A place", aliases_en: ["X"], kind: "memorial" },
        },
        { type: "Feature", id: 17, geometry: null, properties: { name: "Без точки" } },
        { type: "Feature", geometry: { type: "GeometryCollection", geometries: [] }, properties: { name: "A collection" } },
      ],
    };
    const { format, parsed } = await readImportUpload("x.geojson", utf8(JSON.stringify(collection)));
    expect(format).toBe("geojson");
    expect(parsed.rows).toHaveLength(2);
    expect(parsed.rows[0]).toMatchObject({
      line: 1,
      externalId: null,
      entry: { slug: "a-place", latitude: 48.7, longitude: 44.5, kind: "memorial" },
    });
    expect(parsed.rows[0]!.entry.texts.en?.aliases).toEqual(["X"]);
    expect(parsed.rows[1]).toMatchObject({ line: 2, externalId: "17", entry: { latitude: null, texts: { ru: { title: "Без точки" } } } });
    expect(parsed.unreadable).toEqual([{ line: 3, reason: { key: "notPoint", params: { type: "GeometryCollection" } } }]);
  });

  it("refuses whole a CSV line longer than any entry needs, wherever the chunks cut it", async () => {
    const { boundedLines } = await import("@/lib/import/bounded-lines");
    const { pipeline } = await import("node:stream/promises");
    const { Readable, Writable } = await import("node:stream");
    const read = async (chunks: string[], max: number) => {
      const seen: string[] = [];
      const sink = new Writable({
        write(chunk, _encoding, done) {
          seen.push(String(chunk));
          done();
        },
      });
      await pipeline(
        Readable.from(chunks, { objectMode: false }),
        boundedLines(max, () => new Error("too long")),
        sink,
      );
      return seen.join("");
    };
    expect(await read(["ab", "c\nde", "f\n"], 3)).toBe("abc\ndef\n");
    await expect(read(["ab", "cd\n"], 3)).rejects.toThrow("too long");
    await expect(read(["a\nbcd", "e"], 3)).rejects.toThrow("too long");
    await expect(read(["a\nb", "c", "d", "e"], 3)).rejects.toThrow("too long");
  });

  it("reads OpenStreetMap's names and tags (an Overpass export): name:en/name:ru, wikidata, historic=memorial, the element id", async () => {
    const collection = {
      type: "FeatureCollection",
      features: [
        {
          type: "Feature",
          id: "node/2417519826",
          geometry: { type: "Point", coordinates: [34.3312, 56.2569] },
          properties: {
            "@id": "node/2417519826",
            historic: "memorial",
            memorial: "war_memorial",
            name: "Ржевский мемориал Советскому солдату",
            "name:en": "Rzhev Memorial to the Soviet Soldier",
            "name:ru": "Ржевский мемориал Советскому солдату",
            alt_name: "Ржевский мемориал",
            wikidata: "Q76503327",
          },
        },
        { type: "Feature", geometry: null, properties: { "@id": "way/1", name: "Памятник", historic: "monument" } },
      ],
    };
    const { parsed } = await readImportUpload("overpass.geojson", utf8(JSON.stringify(collection)));
    expect(parsed.rows[0]).toMatchObject({
      externalId: "node/2417519826",
      entry: {
        kind: "memorial",
        wikidataId: "Q76503327",
        latitude: 56.2569,
        texts: {
          en: { title: "Rzhev Memorial to the Soviet Soldier" },
          ru: { title: "Ржевский мемориал Советскому солдату", aliases: ["Ржевский мемориал"] },
        },
      },
    });
    expect(parsed.rows[1]).toMatchObject({ externalId: "way/1", entry: { kind: "memorial", texts: { ru: { title: "Памятник" } } } });
  });

  it("places an area or a line at a point inside it, with the precision 'area'", async () => {
    const square = [
      [44.5, 48.7],
      [44.6, 48.7],
      [44.6, 48.8],
      [44.5, 48.8],
      [44.5, 48.7],
    ];
    // An L-shaped complex: its centre of area is inside it; the middle of its bounding box is not.
    const ell = [
      [0, 0],
      [3, 0],
      [3, 1],
      [1, 1],
      [1, 3],
      [0, 3],
      [0, 0],
    ];
    const collection = {
      type: "FeatureCollection",
      features: [
        { type: "Feature", geometry: { type: "Polygon", coordinates: [square] }, properties: { name: "A square" } },
        { type: "Feature", geometry: { type: "MultiPolygon", coordinates: [[ell]] }, properties: { name: "An ell" } },
        {
          type: "Feature",
          geometry: {
            type: "LineString",
            coordinates: [
              [10, 50],
              [12, 50],
            ],
          },
          properties: { name: "A wall", location_precision: "approximate" },
        },
        { type: "Feature", geometry: { type: "GeometryCollection", geometries: [] }, properties: { name: "Nothing" } },
      ],
    };
    const { parsed } = await readImportUpload("areas.geojson", utf8(JSON.stringify(collection)));
    const [square_, ell_, wall] = parsed.rows;
    expect(square_!.entry).toMatchObject({ locationPrecision: "area" });
    expect(square_!.entry!.latitude).toBeCloseTo(48.75, 6);
    expect(square_!.entry!.longitude).toBeCloseTo(44.55, 6);
    const { latitude, longitude } = ell_!.entry!;
    expect(longitude! < 1 || latitude! < 1).toBe(true);
    expect(wall!.entry).toMatchObject({ latitude: 50, longitude: 11, locationPrecision: "approximate" });
    expect(parsed.unreadable).toEqual([{ line: 4, reason: { key: "notPoint", params: { type: "GeometryCollection" } } }]);
  });

  it("reads KML placemarks: name, description, TimeStamp or TimeSpan, ExtendedData columns and the Placemark id", async () => {
    const kml = `<?xml version="1.0" encoding="UTF-8"?>
<kml xmlns="http://www.opengis.net/kml/2.2"><Document>
  <Placemark id="pm-1"><name>Rzhev Memorial</name><description>To the Soviet soldier</description>
    <TimeStamp><when>2020-06-30</when></TimeStamp><Point><coordinates>34.28,56.23,0</coordinates></Point>
    <ExtendedData><Data name="kind"><value>memorial</value></Data></ExtendedData></Placemark>
  <Placemark><name>Ржевская битва</name><TimeSpan><begin>1942-01</begin><end>1943-03</end></TimeSpan></Placemark>
  <Placemark><name>A road</name><LineString><coordinates>0,0 1,1</coordinates></LineString></Placemark>
</Document></kml>`;
    const { format, parsed } = await readImportUpload("places.kml", utf8(kml));
    expect(format).toBe("kml");
    expect(parsed.rows[0]).toMatchObject({
      line: 1,
      externalId: "pm-1",
      entry: {
        kind: "memorial",
        latitude: 56.23,
        longitude: 34.28,
        date: "2020-06-30",
        texts: { en: { title: "Rzhev Memorial", description: "To the Soviet soldier" } },
      },
    });
    expect(parsed.rows[1]).toMatchObject({
      line: 2,
      entry: { date: "1942-01/1943-03", latitude: null, texts: { ru: { title: "Ржевская битва" } } },
    });
    // A line is placed at its middle, with the precision "area", as in GeoJSON.
    expect(parsed.rows[2]).toMatchObject({ line: 3, entry: { latitude: 0.5, longitude: 0.5, locationPrecision: "area" } });
    expect(parsed.unreadable).toEqual([]);
  });

  it("reads the documented template (docs/import-template.csv), every row passing the editor's rules", async () => {
    const { parsed } = await readImportUpload("import-template.csv", fs.readFileSync("docs/import-template.csv"));
    expect(parsed.unreadable).toEqual([]);
    expect(parsed.rows.map((row) => row.externalId)).toEqual(["museum-0001", "museum-0002"]);
    for (const row of parsed.rows) expect(entryEditSchema.safeParse(rowEditInput(row.entry, "a-slug", new Map())).error).toBeUndefined();
  });
});
