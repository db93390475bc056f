import { pickTranslation } from "@/lib/content/pick-translation";
import { db } from "@/lib/db";

export interface StaffEntryRow {
  id: string;
  slug: string;
  kind: string;
  status: string;
  title: string;
  updatedAt: Date;
}

/** Every entry whatever its status, for the curation list; optionally only one status (the review queue). */
export async function listEntriesForStaff({ status, locale }: { status?: string; locale: string }): Promise<StaffEntryRow[]> {
  const rows = await db.entry.findMany({
    where: status ? { status } : {},
    select: { id: true, slug: true, kind: true, status: true, updatedAt: true, translations: { select: { locale: true, title: true } } },
    orderBy: { updatedAt: "desc" },
    take: 1000,
  });
  return rows.map(({ translations, ...row }) => ({ ...row, title: pickTranslation(translations, locale)?.title ?? row.slug }));
}
