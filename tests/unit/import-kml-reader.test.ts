import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { byteChunks } from "@/lib/import/import-bytes";
import { MAX_KML_DEPTH, MAX_KML_FEATURE_CHARS, MAX_KML_FEATURE_ELEMENTS } from "@/lib/import/import-limits";
import { type ImportRecord, isUnreadable } from "@/lib/import/import-row";
import { readImportRecords } from "@/lib/import/read-import-records";

/**
 * The KML reader on its own (in this process, no worker): what it reads from the KML that curators
 * bring (Google My Maps, QGIS), and the files it refuses whole or reads around.
 */

const utf8 = (text: string) => new TextEncoder().encode(text);
const fixture = (name: string) => new Uint8Array(fs.readFileSync(`tests/fixtures/kml/${name}`));
const kml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document>${body}</Document></kml>`;
const placemark = (i: number) =>
  `<Placemark id="p-${i}"><name>Place ${i}</name><Point><coordinates>37.6,55.7</coordinates></Point></Placemark>`;
const TOO_LARGE = { key: "placemarkTooLarge", params: { chars: MAX_KML_FEATURE_CHARS, elements: MAX_KML_FEATURE_ELEMENTS } };

/** The bytes cut into chunks of `size` (as a file would be read), or the importer's own chunks. */
async function* cut(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let at = 0; at < bytes.byteLength; at += size) yield bytes.subarray(at, at + size);
}

async function records(bytes: Uint8Array, chunkSize?: number): Promise<ImportRecord[]> {
  const read: ImportRecord[] = [];
  for await (const record of readImportRecords("kml", chunkSize ? cut(bytes, chunkSize) : byteChunks(bytes))) read.push(record);
  return read;
}

/** What was read before the reader refused the file, and the refusal. */
async function readUntilRefused(bytes: Uint8Array): Promise<{ read: ImportRecord[]; error: { code: string; message: string } }> {
  const read: ImportRecord[] = [];
  try {
    for await (const record of readImportRecords("kml", byteChunks(bytes))) read.push(record);
  } catch (error) {
    return { read, error: error as { code: string; message: string } };
  }
  throw new Error("not refused");
}

describe("reading KML from other tools", () => {
  it("reads a Google My Maps export: folders, nested documents, styles, CDATA descriptions, entities, ExtendedData and gx:Track", async () => {
    const read = await records(fixture("my-maps-export.kml"));
    expect(read).toHaveLength(4);
    expect(read[0]).toMatchObject({
      line: 1,
      externalId: "mm-1",
      entry: {
        kind: "memorial",
        countryCode: "RU",
        latitude: 48.742222,
        longitude: 44.537222,
        texts: {
          en: {
            title: "Mamayev Kurgan & the Motherland Calls",
            // Written as HTML: its text, the markup dropped (an entry page would show the tags).
            description: "The memorial complex on the hill & its statue.",
          },
        },
      },
    });
    expect(read[1]).toMatchObject({
      line: 2,
      externalId: null,
      entry: {
        date: "1942-09-27/1942-11-25",
        latitude: 48.7167,
        texts: { ru: { title: "Дом Павлова", description: "Жилой дом — символ обороны" } },
      },
    });
    // A line (here a gx:Track's route) is placed at its middle, as an area.
    expect(read[2]).toMatchObject({ line: 3, entry: { locationPrecision: "area" } });
    expect((read[2] as { entry: { latitude: number | null } }).entry.latitude).not.toBeNull();
    expect(read[3]).toMatchObject({
      line: 4,
      entry: { date: "1942-08-23", latitude: 48.75, longitude: 44.55, texts: { en: { title: "Crossing" } } },
    });
  });

  it("reads a QGIS export: kml: prefixes, Google's extensions under another prefix, a Schema declared before SchemaData", async () => {
    const read = await records(fixture("qgis-export.kml"));
    expect(read).toEqual([
      expect.objectContaining({
        line: 1,
        externalId: "memorials.1",
        entry: expect.objectContaining({
          kind: "memorial",
          wikidataId: "Q1140496",
          locationPrecision: "approximate",
          latitude: 59.9936,
          longitude: 30.4222,
          texts: { en: expect.objectContaining({ title: "Piskaryovskoye Memorial Cemetery" }) },
        }),
      }),
      expect.objectContaining({ line: 2, entry: expect.objectContaining({ locationPrecision: "area" }) }),
    ]);
  });

  it("reads the same rows however the file is cut into chunks", async () => {
    for (const name of ["my-maps-export.kml", "qgis-export.kml"]) {
      const bytes = fixture(name);
      const whole = await records(bytes, bytes.byteLength);
      for (const size of [1, 7, 4096]) expect(await records(bytes, size)).toEqual(whole);
    }
  });

  it("numbers GroundOverlays and NetworkLinks with the placemarks, in document order", async () => {
    const read = await records(
      utf8(
        kml(
          `${placemark(1)}<GroundOverlay><name>Old map</name><LatLonBox><north>1</north><south>0</south><east>1</east><west>0</west></LatLonBox></GroundOverlay>${placemark(2)}`,
        ),
      ),
    );
    expect(read.map((record) => (isUnreadable(record) ? record.reason.key : record.externalId))).toEqual(["p-1", "notPoint", "p-2"]);
    expect(read.map((record) => record.line)).toEqual([1, 2, 3]);
  });
});

describe("KML that is refused whole, or read around", () => {
  it("refuses a file that is not well-formed, even after placemarks were read", async () => {
    const many = Array.from({ length: 2000 }, (_, i) => placemark(i)).join("");
    for (const broken of [
      kml(`${many}<Placemark><name>Unclosed</name></Folder>`),
      kml(`${many}`).replace("</kml>", ""),
      `${kml(many)}<kml/>`,
      kml(`${many}<Placemark><name>a < b</name></Placemark>`),
    ]) {
      const { read, error } = await readUntilRefused(utf8(broken));
      expect(error).toMatchObject({ code: "INVALID_INPUT", message: expect.stringMatching(/cannot be read as KML.*Nothing was imported/) });
      expect(read.length).toBeGreaterThan(0);
    }
  }, 60_000);

  it("refuses XML whose root is not <kml>, and text that is not XML", async () => {
    for (const text of ['<?xml version="1.0"?><gpx><wpt lat="1" lon="2"/></gpx>', "<", "<kml>", "<kml/> trailing text"]) {
      expect((await readUntilRefused(utf8(text))).error).toMatchObject({ code: "INVALID_INPUT", message: /KML/ });
    }
    expect((await readUntilRefused(utf8("<svg><Placemark/></svg>"))).error.message).toMatch(/root element must be <kml>/);
  });

  it("refuses KML that is not UTF-8 text", async () => {
    const cp1251 = new Uint8Array([
      ...utf8("<kml><Placemark><name>"),
      0xcc,
      0xe5,
      0xec,
      0xee,
      0xf0,
      0xe8,
      0xe0,
      0xeb,
      ...utf8("</name></Placemark></kml>"),
    ]);
    expect((await readUntilRefused(cp1251)).error).toMatchObject({ code: "UNSUPPORTED_MEDIA_TYPE", message: /not UTF-8/ });
    const utf16 = new Uint8Array([0xff, 0xfe, ...Array.from(utf8("<kml/>")).flatMap((byte) => [byte, 0])]);
    expect((await readUntilRefused(utf16)).error).toMatchObject({ code: "UNSUPPORTED_MEDIA_TYPE", message: /UTF-16/ });
  });

  it("never expands an entity a DOCTYPE declares: billion laughs and external entities are refused, unused ones are inert", async () => {
    const started = performance.now();
    const laughs = await readUntilRefused(fixture("billion-laughs.kml"));
    expect(laughs.error).toMatchObject({ code: "INVALID_INPUT", message: /undefined entity/ });
    expect(performance.now() - started).toBeLessThan(5000);
    const external = await readUntilRefused(fixture("external-entity.kml"));
    expect(external.error).toMatchObject({ code: "INVALID_INPUT", message: /undefined entity/ });
    expect(external.read).toEqual([]);
    expect(await records(fixture("unused-entities.kml"))).toEqual([
      expect.objectContaining({
        line: 1,
        entry: expect.objectContaining({ texts: { en: expect.objectContaining({ title: "Only & plain" }) } }),
      }),
    ]);
  });

  it("refuses a file nested deeper than MAX_KML_DEPTH, and reads one nested 100,000 deep", async () => {
    const nested = (depth: number) => kml(`${"<Folder>".repeat(depth)}${placemark(1)}${"</Folder>".repeat(depth)}`);
    expect((await readUntilRefused(utf8(nested(MAX_KML_DEPTH)))).error).toMatchObject({ code: "INVALID_INPUT", message: /nested deeper/ });
    expect(await records(utf8(nested(100_000)))).toEqual([expect.objectContaining({ line: 1, externalId: "p-1" })]);
  }, 60_000);

  it("reports a placemark too large to be an entry (a huge description, a flood of elements) and reads the others", async () => {
    const description = "Очень длинное описание. ".repeat(Math.ceil(MAX_KML_FEATURE_CHARS / 24) + 1);
    const flood = "<a/>".repeat(MAX_KML_FEATURE_ELEMENTS);
    const deep = `${"<a>".repeat(MAX_KML_FEATURE_ELEMENTS)}${"</a>".repeat(MAX_KML_FEATURE_ELEMENTS)}`;
    const read = await records(
      utf8(
        kml(
          [
            placemark(1),
            `<Placemark><name>Huge</name><description>${description}</description></Placemark>`,
            placemark(2),
            `<Placemark><name>Flood</name><ExtendedData>${flood}</ExtendedData></Placemark>`,
            `<Placemark><name>Deep</name>${deep}</Placemark>`,
            `<Placemark><name><![CDATA[${description}]]></name></Placemark>`,
            placemark(3),
          ].join(""),
        ),
      ),
    );
    expect(read).toEqual([
      expect.objectContaining({ line: 1, externalId: "p-1" }),
      { line: 2, reason: TOO_LARGE },
      expect.objectContaining({ line: 3, externalId: "p-2" }),
      { line: 4, reason: TOO_LARGE },
      { line: 5, reason: TOO_LARGE },
      { line: 6, reason: TOO_LARGE },
      expect.objectContaining({ line: 7, externalId: "p-3" }),
    ]);
  }, 60_000);
});
