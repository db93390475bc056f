import { pickTranslation } from "@/lib/content/pick-translation";
import { db } from "@/lib/db";
import type { HandoutItem } from "@/lib/handout/handout-item";
import { entrySummarySelect, toEntrySummary } from "../entries/entry-summary";
import { PUBLISHED } from "../published";
import { citationSelect, groupCitations } from "../sources/group-citations";

/**
 * What a handout prints for each of these published entries (by id, at most a handout's worth):
 * title, date, place, summary and sources, in the order given.
 */
export async function listHandoutEntries({ ids, locale }: { ids: string[]; locale: string }): Promise<HandoutItem[]> {
  const rows = await db.entry.findMany({
    where: { id: { in: ids }, status: PUBLISHED },
    select: {
      ...entrySummarySelect,
      translations: { select: { locale: true, title: true, summary: true, placeName: true } },
      citations: citationSelect,
    },
  });
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    if (!row) return [];
    const summary = toEntrySummary(row, locale);
    const text = pickTranslation(row.translations, locale);
    return [
      {
        key: row.id,
        title: summary.title,
        lang: text?.isFallback ? text.locale : undefined,
        path: `/${locale}/entries/${row.slug}`,
        dateLabel: summary.dateLabel,
        placeName: text?.placeName ?? "",
        summary: text?.summary ?? "",
        latitude: summary.latitude,
        longitude: summary.longitude,
        startTime: summary.startTime,
        endTime: summary.endTime,
        sources: groupCitations(row.citations),
      },
    ];
  });
}
