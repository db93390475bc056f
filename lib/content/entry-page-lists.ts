/**
 * How much of each long list an entry's page (and the API's entry) carries before "All N", which
 * leads to the whole list a page at a time: an entry many others link to (the war that thousands of
 * memorials commemorate), or one in the news for years, would otherwise carry every item.
 */

/** Links of one kind (type and direction). */
export const RELATIONS_PER_GROUP = 24;

/** Published articles about the entry, the latest first. */
export const ARTICLES_PER_ENTRY = 20;
