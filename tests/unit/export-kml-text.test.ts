import { kml as kmlToGeoJson } from "@tmcw/togeojson";
import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { kmlFormat } from "@/lib/open-data/formats/kml-format";
import type { ExportedEntry } from "@/lib/open-data/open-data-entry";
import { xmlText } from "@/lib/open-data/xml-text";

const TRICKY = ["Tom &amp; Jerry", "&#38; &lt;b&gt;", "a < b > c & d", "line\r\nbreak\rand CR", "Мамаев курган 🕊", "]]> </Placemark>"];

function entry(slug: string, title: string, summary = ""): ExportedEntry {
  return {
    slug,
    kind: "memorial",
    date: "1942-06-22",
    period: { start: { year: 1942, month: 6, day: 22, circa: false } },
    latitude: 55.75,
    longitude: 37.62,
    locationPrecision: "exact",
    countryCode: "RU",
    wikidataId: null,
    texts: { en: { title, aliases: [], summary, description: "", placeName: "", locationNote: "", authors: "", dimensions: "" } },
    sources: [],
    tags: [],
  };
}

function textOf(xml: string): string {
  return new DOMParser().parseFromString(`<t>${xml}</t>`, "text/xml").documentElement!.textContent ?? "";
}

describe("xmlText", () => {
  it.each(TRICKY)("reads back exactly as given: %j", (value) => {
    expect(textOf(xmlText(value))).toBe(value);
  });

  it("turns characters XML cannot carry into U+FFFD instead of writing a file no parser reads", () => {
    const written = xmlText("bell\u0007 nul\u0000 lone\uD800 tab\t");
    expect(textOf(written)).toBe("bell\uFFFD nul\uFFFD lone\uFFFD tab\t");
  });
});

describe("KML placemarks", () => {
  it("carry every name and summary exactly as stored, with the point and time", () => {
    const writer = kmlFormat.writer({ locale: "en", pageUrl: (slug) => `http://localhost/en/entries/${slug}`, openingName: (t) => t });
    const entries = TRICKY.map((title, i) => entry(`entry-${i}`, title, title));
    const document = new DOMParser().parseFromString(writer.head() + writer.page(entries) + writer.tail(), "text/xml");
    const features = kmlToGeoJson(document as unknown as Document).features;
    expect(features.map((f) => f.properties?.name)).toEqual(TRICKY);
    expect(features.map((f) => String(f.properties?.description).split("\n\n")[0])).toEqual(TRICKY);
    expect(features[0]!.geometry).toEqual({ type: "Point", coordinates: [37.62, 55.75] });
    expect(features[0]!.properties?.timestamp).toBe("1942-06-22");
  });
});
