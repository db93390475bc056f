import { CONTENT_LOCALES } from "@/lib/content/locales";
import type { OpenDataEntry } from "@/lib/open-data/open-data-entry";
import type { EntryEditInput } from "@/lib/validation/entry-edit";
import type { CitationEditInput } from "@/lib/validation/source";
import { DEFAULT_IMPORT_KIND } from "./import-limits";
import { readSourceLine } from "./source-line";

/** A language the row leaves out: no text at all (the editor counts a language only when it has a title). */
export const EMPTY_TEXT = {
  title: "",
  aliases: [] as string[],
  summary: "",
  description: "",
  placeName: "",
  locationNote: "",
  authors: "",
  dimensions: "",
};

/**
 * A row as the entry editor would send it, for the editor's own schema to check: the export's
 * columns map one to one onto the editor's fields. Each source address becomes a citation of the
 * entry's text: of the source recorded with that address when there is one, else of a new source
 * titled as the line names it ("Title | https://…"), or by its bare address when it names none.
 */
export function rowEditInput(entry: OpenDataEntry, slug: string, sourceKeyOfUrl: ReadonlyMap<string, string>): EntryEditInput {
  const lines = new Map(
    entry.sources
      .filter((line) => line.trim())
      .map((line) => readSourceLine(line))
      .map((l) => [l.url, l.title]),
  );
  const citations: CitationEditInput[] = [...lines].map(([url, title]) => {
    const key = sourceKeyOfUrl.get(url);
    return key
      ? { source: key, newSource: null, field: "text" }
      : { source: null, newSource: { title: title ?? url, url, publisher: null, accessedOn: null }, field: "text" };
  });
  return {
    slug,
    kind: entry.kind || DEFAULT_IMPORT_KIND,
    latitude: entry.latitude,
    longitude: entry.longitude,
    locationPrecision: entry.locationPrecision || "exact",
    countryCode: entry.countryCode?.trim().toUpperCase() || null,
    wikidataId: entry.wikidataId?.trim() || null,
    date: entry.date?.trim() || null,
    translations: Object.fromEntries(
      CONTENT_LOCALES.map((locale) => [locale, { ...EMPTY_TEXT, ...entry.texts[locale] }]),
    ) as EntryEditInput["translations"],
    ...(citations.length > 0 ? { citations } : {}),
  };
}

/** The export's column a schema path is about ("translations.en.placeName" → "place_name_en"), for the report. */
export function columnOfPath(path: readonly PropertyKey[]): string {
  const [first, second, third] = path.map(String);
  if (first === "translations" && second && third) return `${third.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}_${second}`;
  const named: Record<string, string> = {
    countryCode: "country",
    wikidataId: "wikidata_id",
    locationPrecision: "location_precision",
    citations: "sources",
  };
  return named[first ?? ""] ?? first ?? "";
}
