/** An entry as the article analysis matches it: its names in every language, kind, point and span. */
export interface NamedEntry {
  id: string;
  slug: string;
  kind: string;
  latitude: number | null;
  longitude: number | null;
  startTime: number | null;
  endTime: number | null;
  titles: { en?: string; ru?: string };
  /** Titles and aliases in every language. */
  names: string[];
}
