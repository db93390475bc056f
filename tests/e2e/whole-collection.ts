/**
 * The explorer's address for the whole reference collection at once: a timeline window over all its
 * dates (1941–2024) and every entry on the map. The explorer opened like this before it opened on the
 * collection's densest years with the map following the timeline; tests about drawing, selecting and
 * filtering that need every entry in view start here.
 */
export const WHOLE_COLLECTION = "from=1940-01-01&to=2025-01-01&filter=all";
