import type { ViewportQuery } from "@/lib/validation/viewport";

/** The explorer's filters as the exports and the entry list take them: the viewport's parameters, parsed by its schema. */
export type EntryFilter = Pick<
  ViewportQuery,
  "bbox" | "from" | "to" | "kinds" | "countries" | "q" | "after" | "before" | "comparable" | "tags" | "require"
> & {
  /** One entry by slug. */
  entry?: string;
};

/**
 * A text query keeps its best matches only, as the explorer's does: full-text ranking past that
 * adds little, and the ids go into the page query.
 */
export const SEARCH_MATCH_LIMIT = 2000;
