import { DEFAULT_LOCALE } from "@/lib/content/locales";
import { db } from "@/lib/db";

export interface EntryOption {
  slug: string;
  title: string;
}

/** Every entry, whatever its status, for a staff picker: its slug and English title (or its first), ordered by title. */
export async function listEntryOptions(): Promise<EntryOption[]> {
  const rows = await db.entry.findMany({
    select: { slug: true, translations: { select: { locale: true, title: true }, orderBy: { locale: "asc" } } },
  });
  return rows
    .map((row) => ({
      slug: row.slug,
      title: (row.translations.find((t) => t.locale === DEFAULT_LOCALE) ?? row.translations[0])?.title || row.slug,
    }))
    .sort((a, b) => a.title.localeCompare(b.title, DEFAULT_LOCALE) || a.slug.localeCompare(b.slug));
}
