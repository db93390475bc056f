import type { ContentLocale } from "@/lib/content/locales";
import { searchPlaces } from "@/lib/gazetteer/search-places";
import type { ArticleAnalysis } from "./analysis-schema";
import type { Mention } from "./find-mentions";
import { sameNameWord, wordStem, wordTokens } from "./word-keys";

type Place = NonNullable<ArticleAnalysis["items"][number]["place"]>;

/** A place named after a preposition, also at a sentence's start: "in Almaty", "at the Brest Fortress", "В Волгограде", "под Ржевом". */
const PLACE_PHRASE =
  /(?<![\p{L}])(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]utside|[Uu]nder|[Вв]о?|[Нн]а|[Пп]од|[Уу]|[Оо]коло|[Бб]лиз|[Вв]озле)\s+(?:the\s+)?((?:[\p{Lu}][\p{L}'’-]*\.?)(?:\s+[\p{Lu}][\p{L}'’-]*){0,2})/gu;
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
    const place = await gazetteerPlaceNamed(m[1]!, locale, m[0]);
    if (place) return place;
  }
  return null;
}

/** The town a dateline names ("MOSCOW", "ST. PETERSBURG", "Волгоград"), as the gazetteer knows it. */
export function findDatelinePlace(name: string, locale: ContentLocale): Promise<Place | null> {
  const written = name
    .replace(/^St\.?\s+/i, "Saint ")
    .replace(/\p{L}+/gu, (word) => (word === word.toUpperCase() ? word.charAt(0) + word.slice(1).toLowerCase() : word));
  return gazetteerPlaceNamed(written, locale, name);
}

async function gazetteerPlaceNamed(name: string, locale: ContentLocale, phrase: string): Promise<Place | null> {
  const words = wordTokens(name).filter((token) => !token.stop);
  if (words.length === 0) return null;
  const results = await searchPlaces(wordStem(words[0]!.word), { locale, limit: 20 });
  const wanted = words.map((token) => token.key);
  const exact = name.toLowerCase();
  // A former or foreign name the search found the place by ("in Königsberg") names it too.
  const namesOf = (place: (typeof results)[number]) =>
    [place.name, place.names.en, place.names.ru, place.matchedName].filter((other): other is string => !!other);
  // A place named exactly as written comes before one whose name only shares the stems ("Тула", not "Туль").
  const asWritten = (place: (typeof results)[number]) => namesOf(place).some((other) => other.toLowerCase() === exact);
  for (const place of [...results.filter(asWritten), ...results.filter((place) => !asWritten(place))]) {
    const named = namesOf(place).find((other) =>
      sameWords(
        wordTokens(other).map((token) => token.key),
        wanted,
      ),
    );
    if (!named) continue;
    if (place.source === "geonames" && !asWritten(place) && (place.population ?? 0) < MIN_POPULATION_BY_FORM) continue;
    return {
      name: place.name.slice(0, 200),
      lat: place.latitude,
      lon: place.longitude,
      entrySlug: place.slug ?? null,
      text: phrase.slice(0, 200),
      ...(named === place.matchedName ? { matchedName: named.slice(0, 200) } : {}),
    };
  }
  return null;
}

function sameWords(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((key, i) => key === b[i] || (a.length > 1 && sameNameWord(key, b[i]!)));
}
