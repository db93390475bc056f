/** One answer of the place search: what the API returns and the PlaceSearch combobox shows. */
export interface PlaceResult {
  /** "entry:<slug>" or "geonames:<id>": stable across calls, for list keys. */
  id: string;
  /** In the asked language where known, else in the other. */
  name: string;
  names: { en?: string; ru?: string };
  /**
   * The name the query found the place by when it is not a current one: a former or foreign name
   * ("Königsberg" for Kaliningrad, "Stalingrad" for Volgograd), shown beside `name`.
   */
  matchedName?: string;
  /** ISO 3166-1 alpha-2; null where the entry states none (a disputed place). */
  country: string | null;
  latitude: number;
  longitude: number;
  population?: number;
  source: "collection" | "geonames";
  /** Collection entries: the entry's address and kind. */
  slug?: string;
  kind?: string;
}
