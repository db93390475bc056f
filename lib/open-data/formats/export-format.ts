import type { ContentLocale } from "@/lib/content/locales";
import type { ExportExtension } from "../export-files";
import type { ExportedEntry } from "../open-data-entry";

/** What a format needs beyond the entries: the language of names and the site's addresses. */
export interface ExportContext {
  /** The language KML and JSON-LD name things in (CSV and GeoJSON carry every language). */
  locale: ContentLocale;
  /** The entry's page on this site, absolute. */
  pageUrl(slug: string): string;
  /** "Opening of <title>", in `locale`: a memorial's opening event in JSON-LD. */
  openingName(title: string): string;
}

/** Writes one file as text pieces: the head, each page of entries as it is read, the tail. */
export interface ExportWriter {
  head(): string;
  page(entries: ExportedEntry[]): string;
  tail(): string;
}

export interface ExportFormat {
  extension: ExportExtension;
  contentType: string;
  /** Reads the published articles about each entry too. */
  withArticles: boolean;
  writer(context: ExportContext): ExportWriter;
}

/** Items of a JSON array written page by page: a comma before every item but the first. */
export function jsonArrayItems(): (items: unknown[]) => string {
  let written = false;
  return (items) => {
    if (items.length === 0) return "";
    const text = items.map((item) => JSON.stringify(item)).join(",\n");
    const separated = written ? `,\n${text}` : text;
    written = true;
    return separated;
  };
}
