import type { ArticleDetail } from "@/lib/data/articles/get-published-article";
import type { EntryDetail } from "@/lib/data/entries/get-published-entry";
import { type DatePoint, type HistoricalDate, toEdtf } from "@/lib/dates";

type JsonLd = Record<string, unknown>;

/** What the entry's JSON-LD is made from: an entry page's record, or an export's. */
export type EntryJsonLdInput = Pick<EntryDetail, "kind" | "latitude" | "longitude" | "wikidataId" | "date"> & {
  text: Pick<EntryDetail["text"], "title" | "summary" | "description" | "aliases" | "placeName" | "locale">;
  otherNames: Pick<EntryDetail["otherNames"][number], "title">[];
  articles: Pick<EntryDetail["articles"][number], "slug" | "title">[];
};

/** schema.org wants ISO 8601 at the precision known: "2024-06-06", "1942-01", "1967". */
function isoDate(point: DatePoint): string {
  return toEdtf({ start: { ...point, circa: false } });
}

function dateRange(date: HistoricalDate | null): { startDate?: string; endDate?: string } {
  if (!date) return {};
  return { startDate: isoDate(date.start), endDate: isoDate(date.end ?? date.start) };
}

function geo(entry: EntryJsonLdInput): JsonLd | undefined {
  if (entry.latitude === null || entry.longitude === null) return undefined;
  return { "@type": "GeoCoordinates", latitude: entry.latitude, longitude: entry.longitude };
}

/** `openingName` names a memorial's opening ("Opening of …") in the page's language. */
export function entryJsonLd(entry: EntryJsonLdInput, url: string, openingName: string): JsonLd {
  const common = {
    "@context": "https://schema.org",
    name: entry.text.title,
    url,
    description: entry.text.summary || entry.text.description || undefined,
    alternateName: [...entry.otherNames.map((n) => n.title), ...entry.text.aliases.split("\n").filter(Boolean)],
    sameAs: entry.wikidataId ? [`https://www.wikidata.org/wiki/${entry.wikidataId}`] : undefined,
    inLanguage: entry.text.locale,
    subjectOf: entry.articles.map((a) => ({
      "@type": "NewsArticle",
      headline: a.title,
      url: url.replace(/\/entries\/[^/]+$/, `/articles/${a.slug}`),
    })),
  };
  const place = { "@type": "Place", name: entry.text.placeName || undefined, geo: geo(entry) };
  switch (entry.kind) {
    case "event":
      return {
        ...common,
        "@type": "Event",
        ...dateRange(entry.date),
        eventStatus: "https://schema.org/EventScheduled",
        location: place,
      };
    case "memorial":
      return {
        ...common,
        "@type": "LandmarksOrHistoricalBuildings",
        geo: geo(entry),
        address: entry.text.placeName || undefined,
        // A Place has no date of its own; the opening is its event.
        event: entry.date ? { "@type": "Event", name: openingName, ...dateRange(entry.date) } : undefined,
      };
    case "place":
      return { ...common, "@type": "Place", geo: geo(entry) };
    case "person":
      return { ...common, "@type": "Person" };
    case "organisation":
      return { ...common, "@type": "Organization" };
  }
}

export function articleJsonLd(article: ArticleDetail, url: string): JsonLd {
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: article.text.title,
    url,
    inLanguage: article.language,
    datePublished: article.publishedEdtf ?? undefined,
    publisher: article.publisher ? { "@type": "Organization", name: article.publisher } : undefined,
    isBasedOn: article.originalUrl ?? undefined,
    about: article.mentions.map((m) => ({ "@type": "Thing", name: m.title, url: url.replace(/\/articles\/[^/]+$/, `/entries/${m.slug}`) })),
  };
}
