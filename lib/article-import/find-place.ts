import type { ContentLocale } from "@/lib/content/locales";
import { searchPlaces } from "@/lib/gazetteer/search-places";
import type { ArticleAnalysis } from "./analysis-schema";
import type { Mention } from "./find-mentions";
import { sameNameWord, wordStem, wordTokens } from "./word-keys";

type Place = NonNullable<ArticleAnalysis["items"][number]["place"]>;

/** A place named after a preposition: "in Almaty", "at the Brest Fortress", "в Волгограде", "под Ржевом". */
const PLACE_PHRASE =
  /(?<![\p{L}])(?:in|at|near|outside|under|в|во|на|под|у|около|близ|возле)\s+(?:the\s+)?((?:[\p{Lu}][\p{L}'’-]*\.?)(?:\s+[\p{Lu}][\p{L}'’-]*){0,2})/gu;
/** Towns smaller than this are taken only when the name is written exactly as the gazetteer has it. */
const MIN_POPULATION_BY_FORM = 10_000;

/** A collection entry with a point that the sentence names (a memorial, a place), as the item's place. */
export function placeOfMention(mention: Mention, locale: ContentLocale): Place | null {
  const { entry } = mention;
  if (entry.latitude === null || entry.longitude === null || (entry.kind !== "memorial" && entry.kind !== "place")) return null;
  return {
    name: (entry.titles[locale] ?? entry.titles.en ?? entry.titles.ru ?? entry.slug).slice(0, 200),
    lat: entry.latitude,
    lon: entry.longitude,
    entrySlug: entry.slug,
    text: mention.matched.slice(0, 200),
  };
}

/** The first place a text names after a preposition that the gazetteer knows, by name in either language and any Russian case. */
export async function findGazetteerPlace(text: string, locale: ContentLocale): Promise<Place | null> {
  for (const m of text.matchAll(PLACE_PHRASE)) {
    const words = wordTokens(m[1]!).filter((token) => !token.stop);
    if (words.length === 0) continue;
    const results = await searchPlaces(wordStem(words[0]!.word), { locale, limit: 20 });
    const wanted = words.map((token) => token.key);
    const exact = m[1]!.toLowerCase();
    for (const place of results) {
      const names = [place.name, place.names.en, place.names.ru].filter((name): name is string => !!name);
      const named = names.find((name) =>
        sameWords(
          wordTokens(name).map((token) => token.key),
          wanted,
        ),
      );
      if (!named) continue;
      const asWritten = names.some((name) => name.toLowerCase() === exact);
      if (place.source === "geonames" && !asWritten && (place.population ?? 0) < MIN_POPULATION_BY_FORM) continue;
      return {
        name: place.name.slice(0, 200),
        lat: place.latitude,
        lon: place.longitude,
        entrySlug: place.slug ?? null,
        text: m[0].slice(0, 200),
      };
    }
  }
  return null;
}

function sameWords(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i] || (a.length > 1 && sameNameWord(key, b[i]!)));
}
