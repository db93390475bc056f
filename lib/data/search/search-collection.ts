import { pickTranslation } from "@/lib/content/pick-translation";
import { db } from "@/lib/db";
import { type EntryThumbnail, entryThumbnail } from "@/lib/media/entry-thumbnail";
import { highlightSnippet, type SnippetPart } from "@/lib/search/highlight-snippet";
import type { SearchEntryFilters } from "@/lib/validation/search";
import { type EntrySummary, entrySummarySelect, toEntrySummary } from "../entries/entry-summary";
import { correctedQuery } from "./correct-search-terms";
import { filterEntryHits, narrowsSearch } from "./filter-entry-hits";
import { findSearchHits } from "./find-search-hits";

export interface EntrySearchResult extends EntrySummary {
  snippet: SnippetPart[] | null;
  /** Where it is, in words ("Mamayev Kurgan, Volgograd, Russia"), when the entry names a place. */
  placeName: string | null;
  /** The entry's first image's thumbnail, only when it has one. */
  thumbnail?: EntryThumbnail;
}

/** An entry's first image that has a thumbnail, for its search result. */
const firstThumbnailSelect = {
  where: { thumbPath: { not: null } },
  orderBy: { position: "asc" },
  take: 1,
  select: { thumbPath: true, width: true, height: true, translations: { select: { locale: true, caption: true, altText: true } } },
} as const;

/** The most text matches a filtered search looks through for its results: the full-text index's best. */
const FILTERED_CANDIDATES = 2000;

export interface ArticleSearchResult {
  slug: string;
  title: string;
  titleLocale: string;
  publisher: string | null;
  snippet: SnippetPart[] | null;
}

export interface SearchResults {
  query: string;
  entries: EntrySearchResult[];
  articles: ArticleSearchResult[];
}

/** The first of the texts that contains a query word, as a highlighted passage. */
function firstSnippet(texts: string[], query: string): SnippetPart[] | null {
  for (const text of texts) {
    const snippet = highlightSnippet(text, query);
    if (snippet) return snippet;
  }
  return null;
}

/** The entries matching the text, best first, narrowed by the filters when there are any. */
async function entryHitsFor(query: string, limit: number, filters: SearchEntryFilters) {
  if (!narrowsSearch(filters)) return findSearchHits("entry", query, limit);
  return filterEntryHits(await findSearchHits("entry", query, FILTERED_CANDIDATES), filters, limit);
}

/**
 * Full-text search over published entries and articles, ranked, with highlighted passages in the
 * visitor's language where possible. Filters (the explorer's) narrow the entries only.
 */
export async function searchCollection({
  query,
  locale,
  limit,
  filters = {},
}: {
  query: string;
  locale: string;
  limit: number;
  filters?: SearchEntryFilters;
}): Promise<SearchResults> {
  const [entryHits, articleHits] = await Promise.all([entryHitsFor(query, limit, filters), findSearchHits("article", query, limit)]);
  const [entryRows, articleRows] = await Promise.all([
    db.entry.findMany({
      where: { id: { in: entryHits.map((h) => h.id) } },
      select: {
        ...entrySummarySelect,
        translations: { select: { locale: true, title: true, aliases: true, summary: true, description: true, placeName: true } },
        media: firstThumbnailSelect,
      },
    }),
    db.article.findMany({
      where: { id: { in: articleHits.map((h) => h.id) } },
      select: { id: true, slug: true, publisher: true, translations: { select: { locale: true, title: true, bodyHtml: true } } },
    }),
  ]);
  // A result found only once a misspelt word was corrected shows the corrected word highlighted.
  let corrected: Promise<string | null> | undefined;
  const snippetFor = async (texts: string[]) =>
    firstSnippet(texts, query) ??
    (await (corrected ??= correctedQuery(query)).then((words) => (words ? firstSnippet(texts, words) : null)));
  const entryRank = new Map(entryHits.map((h, i) => [h.id, i]));
  const articleRank = new Map(articleHits.map((h, i) => [h.id, i]));
  return {
    query,
    entries: await Promise.all(
      entryRows
        .sort((a, b) => entryRank.get(a.id)! - entryRank.get(b.id)!)
        .map(async (row) => {
          const text = pickTranslation(row.translations, locale);
          const texts = [text, ...row.translations].flatMap((t) =>
            t ? [t.title, t.aliases.replace(/\n/g, "; "), t.summary, t.description, t.placeName] : [],
          );
          const image = row.media[0];
          const caption = image ? pickTranslation(image.translations, locale) : null;
          const thumbnail = image ? entryThumbnail({ ...image, caption: caption?.caption ?? "", altText: caption?.altText ?? "" }) : null;
          return {
            ...toEntrySummary(row, locale),
            snippet: await snippetFor(texts),
            placeName: text?.placeName || null,
            ...(thumbnail ? { thumbnail } : {}),
          };
        }),
    ),
    articles: await Promise.all(
      articleRows
        .sort((a, b) => articleRank.get(a.id)! - articleRank.get(b.id)!)
        .map(async (row) => {
          const text = pickTranslation(row.translations, locale);
          const plain = text ? text.bodyHtml.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ") : "";
          return {
            slug: row.slug,
            title: text?.title ?? row.slug,
            titleLocale: text?.locale ?? locale,
            publisher: row.publisher,
            snippet: await snippetFor([text?.title ?? "", plain]),
          };
        }),
    ),
  };
}
