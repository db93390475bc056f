/** The one status the public map, timeline, pages and API may show. */
export const PUBLISHED = "published";
