import { pickTranslation } from "@/lib/content/pick-translation";
import { db } from "@/lib/db";
import { type Page, pageOffset, type StaffListQuery, toPage } from "@/lib/paging/page";

export interface StaffEntryRow {
  id: string;
  slug: string;
  kind: string;
  status: string;
  title: string;
  updatedAt: Date;
}

/** One page of the curation list: entries whatever their status (or of one status), last changed first, with the count. */
export async function listEntriesForStaff({ status, locale, page }: StaffListQuery): Promise<Page<StaffEntryRow>> {
  const where = status ? { status } : {};
  const [rows, total] = await Promise.all([
    db.entry.findMany({
      where,
      select: { id: true, slug: true, kind: true, status: true, updatedAt: true, translations: { select: { locale: true, title: true } } },
      // The id settles ties, so a row never appears on two pages or on none.
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: pageOffset(page),
      take: page.size + 1,
    }),
    db.entry.count({ where }),
  ]);
  const items = rows.map(({ translations, ...row }) => ({ ...row, title: pickTranslation(translations, locale)?.title ?? row.slug }));
  return toPage(items, page, total);
}
