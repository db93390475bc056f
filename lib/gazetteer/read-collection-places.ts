import { PUBLISHED } from "@/lib/data/published";
import { db } from "@/lib/db";

export interface CollectionPlace {
  slug: string;
  kind: string;
  latitude: number;
  longitude: number;
  countryCode: string | null;
  titles: { en?: string; ru?: string };
  /** Titles in every language, then aliases (from `aliasesFrom` on). */
  names: string[];
  aliasesFrom: number;
}

// Entries whose names are read at once. Between reads the event loop serves other requests: the
// SQLite driver reads synchronously, and 100,000 entries' names in one read would hold every other
// request for seconds.
const PAGE = 2000;

/** Every published entry with a point, with its titles and aliases in each language: the collection's part of the gazetteer. */
export async function readCollectionPlaces(): Promise<CollectionPlace[]> {
  const entries = await db.entry.findMany({
    where: { status: PUBLISHED, latitude: { not: null }, longitude: { not: null } },
    select: { id: true, slug: true, kind: true, latitude: true, longitude: true, countryCode: true },
    orderBy: { id: "asc" },
  });
  const places: CollectionPlace[] = [];
  for (let start = 0; start < entries.length; start += PAGE) {
    await new Promise((resolve) => setImmediate(resolve));
    const page = entries.slice(start, start + PAGE);
    const translations = await db.entryTranslation.findMany({
      where: { entryId: { in: page.map((entry) => entry.id) } },
      select: { entryId: true, locale: true, title: true, aliases: true },
    });
    const byEntry = new Map<string, typeof translations>();
    for (const t of translations) byEntry.set(t.entryId, [...(byEntry.get(t.entryId) ?? []), t]);
    for (const entry of page) places.push(toPlace(entry, byEntry.get(entry.id) ?? []));
  }
  return places;
}

function toPlace(
  entry: { slug: string; kind: string; latitude: number | null; longitude: number | null; countryCode: string | null },
  translations: { locale: string; title: string; aliases: string }[],
): CollectionPlace {
  const titles: CollectionPlace["titles"] = {};
  for (const t of translations) if (t.locale === "en" || t.locale === "ru") titles[t.locale] = t.title;
  const titleNames = [...new Set(translations.map((t) => t.title).filter(Boolean))];
  const aliases = translations.flatMap((t) => t.aliases.split("\n").map((alias) => alias.trim()));
  return {
    slug: entry.slug,
    kind: entry.kind,
    latitude: entry.latitude!,
    longitude: entry.longitude!,
    countryCode: entry.countryCode,
    titles,
    names: [...new Set([...titleNames, ...aliases.filter(Boolean)])],
    aliasesFrom: titleNames.length,
  };
}
