import type { StaffUser } from "@/lib/auth/current-user";
import { pickTranslation } from "@/lib/content/pick-translation";
import { db } from "@/lib/db";
import { type Page, pageOffset, type StaffListQuery, toPage } from "@/lib/paging/page";
import { mayChangeEveryTour } from "./assert-may-change-tour";

export interface StaffTourRow {
  id: string;
  slug: string;
  status: string;
  shared: boolean;
  title: string;
  /** The language of `title`, which may be a fallback. */
  titleLocale: string;
  stepCount: number;
  ownerName: string | null;
  updatedAt: Date;
}

/**
 * One page of the tours a person may change, last changed first, with the count: a teacher's own,
 * every tour for a curator; optionally of one status.
 */
export async function listToursForStaff({
  status,
  locale,
  page,
  viewer,
}: StaffListQuery & { viewer: StaffUser }): Promise<Page<StaffTourRow>> {
  const where = { ...(status ? { status } : {}), ...(mayChangeEveryTour(viewer) ? {} : { ownerId: viewer.id }) };
  const [rows, total] = await Promise.all([
    db.tour.findMany({
      where,
      select: {
        id: true,
        slug: true,
        status: true,
        shared: true,
        updatedAt: true,
        owner: { select: { name: true } },
        translations: { select: { locale: true, title: true } },
        _count: { select: { steps: true } },
      },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: pageOffset(page),
      take: page.size + 1,
    }),
    db.tour.count({ where }),
  ]);
  const items = rows.map(({ translations, _count, owner, ...row }) => {
    const text = pickTranslation(translations, locale);
    return {
      ...row,
      title: text?.title ?? row.slug,
      titleLocale: text?.locale ?? locale,
      stepCount: _count.steps,
      ownerName: owner?.name ?? null,
    };
  });
  return toPage(items, page, total);
}
