import { db } from "@/lib/db";
import type { NamedEntry } from "./named-entry";

/** The entries with these ids, with their titles and aliases in every language; unknown ids are left out. */
export async function readNamedEntries(ids: readonly string[]): Promise<NamedEntry[]> {
  const wanted = [...new Set(ids)];
  if (wanted.length === 0) return [];
  const rows = await db.entry.findMany({
    where: { id: { in: wanted } },
    select: {
      id: true,
      slug: true,
      kind: true,
      latitude: true,
      longitude: true,
      startTime: true,
      endTime: true,
      translations: { select: { locale: true, title: true, aliases: true } },
    },
    orderBy: { slug: "asc" },
  });
  return rows.map(({ translations, ...entry }) => {
    const titles: NamedEntry["titles"] = {};
    const names: string[] = [];
    for (const t of translations) {
      if (t.locale === "en" || t.locale === "ru") titles[t.locale] = t.title;
      names.push(t.title, ...t.aliases.split("\n").map((alias) => alias.trim()));
    }
    return { ...entry, titles, names: [...new Set(names.filter(Boolean))] };
  });
}
