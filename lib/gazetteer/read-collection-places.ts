import { PUBLISHED } from "@/lib/data/published";
import { db } from "@/lib/db";

export interface CollectionPlace {
  slug: string;
  kind: string;
  latitude: number;
  longitude: number;
  countryCode: string | null;
  titles: { en?: string; ru?: string };
  /** Titles and aliases in every language. */
  names: string[];
}

/** Every published entry with a point, with its titles and aliases in each language: the collection's part of the gazetteer. */
export async function readCollectionPlaces(): Promise<CollectionPlace[]> {
  const rows = await db.entry.findMany({
    where: { status: PUBLISHED, latitude: { not: null }, longitude: { not: null } },
    select: {
      slug: true,
      kind: true,
      latitude: true,
      longitude: true,
      countryCode: true,
      translations: { select: { locale: true, title: true, aliases: true } },
    },
    orderBy: { id: "asc" },
  });
  return rows.map((row) => {
    const titles: CollectionPlace["titles"] = {};
    const names: string[] = [];
    for (const t of row.translations) {
      if (t.locale === "en" || t.locale === "ru") titles[t.locale] = t.title;
      names.push(t.title, ...t.aliases.split("\n").map((alias) => alias.trim()));
    }
    return {
      slug: row.slug,
      kind: row.kind,
      latitude: row.latitude!,
      longitude: row.longitude!,
      countryCode: row.countryCode,
      titles,
      names: [...new Set(names.filter(Boolean))],
    };
  });
}
