import { SEARCH_MATCH_LIMIT } from "@/lib/open-data/queries/entry-filter";
import type { ParameterDoc } from "./documented-query";

/** The explorer's filters, shared by the viewport, the entry list and the exports (one schema parses them all). */
export const FILTER_PARAMETERS = {
  bbox: { description: "west,south,east,north in degrees; west > east is a box across the antimeridian.", example: "20,40,60,70" },
  from: {
    description: "The time window's start, EDTF (its first instant). An entry matches when its span overlaps the window.",
    example: "1900",
  },
  to: { description: "The time window's end, EDTF (its last instant).", example: "2030" },
  kinds: { description: "Comma-separated: event, memorial, place, person, organisation.", example: "memorial" },
  countries: { description: "Comma-separated ISO 3166-1 alpha-2 codes.", example: "RU" },
  q: {
    description: `Full-text search; ignores case, diacritics and ё/е, and Latin and Cyrillic spellings meet. Keeps the best ${SEARCH_MATCH_LIMIT.toLocaleString("en")} matches.`,
    example: "rzhev",
  },
  tags: { description: "Comma-separated theme slugs: entries in any of them.", example: "battles-of-rzhev" },
  comparable: { description: "1: only entries linked to a comparable monument.", example: "1" },
  after: { description: "A date range on top of the time window: entries whose span reaches this EDTF date or later.", example: "1900" },
  before: { description: "…and this EDTF date or earlier.", example: "2030" },
  require: { description: "coordinates: only entries with a map point; dates: only dated entries.", example: "coordinates" },
  locale: { description: "The language of titles and texts (another where an entry has none in it).", example: "en" },
} satisfies Record<string, ParameterDoc>;

export const FILTER_NAMES = [
  "bbox",
  "from",
  "to",
  "kinds",
  "countries",
  "q",
  "tags",
  "comparable",
  "after",
  "before",
  "require",
  "locale",
] as const;
