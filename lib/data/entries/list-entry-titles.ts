import { db } from "@/lib/db";
import { type EntryOption, entryOptionSelect, toEntryOption } from "../search/search-entry-options";

/**
 * The entries with these slugs, whatever their status, for pickers to show what is already chosen
 * without loading the collection. Unknown slugs are left out.
 */
export async function listEntryTitles({ slugs, locale }: { slugs: readonly string[]; locale: string }): Promise<EntryOption[]> {
  const wanted = [...new Set(slugs.filter(Boolean))];
  if (wanted.length === 0) return [];
  const rows = await db.entry.findMany({ where: { slug: { in: wanted } }, select: entryOptionSelect });
  return rows.map((row) => toEntryOption(row, locale));
}
