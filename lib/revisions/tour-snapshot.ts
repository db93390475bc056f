import type { PublicationStatus } from "@/lib/content/entry-kinds";
import { CONTENT_LOCALES, type ContentLocale } from "@/lib/content/locales";
import { tourStepFieldsSelect } from "@/lib/data/tours/tour-step-select";
import { edtfDayOf } from "@/lib/dates/edtf-text";
import type { Database } from "@/lib/db";
import type { TourStepKind } from "@/lib/validation/tour";

export interface TourStepSnapshot {
  kind: TourStepKind;
  entrySlug: string | null;
  articleSlug: string | null;
  latitude: number | null;
  longitude: number | null;
  zoom: number | null;
  /** The timeline window's first and last day ("1942-01-05"), as the explorer's address writes them. */
  from: string | null;
  to: string | null;
  texts: Partial<Record<ContentLocale, { title: string; narrative: string; question: string }>>;
}

/** A tour as its editor sees it: what a revision stores and what restoring writes back. */
export interface TourSnapshot {
  slug: string;
  status: PublicationStatus;
  shared: boolean;
  translations: Partial<Record<ContentLocale, { title: string; introduction: string }>>;
  steps: TourStepSnapshot[];
}

type Tx = Pick<Database, "tour">;

function byLocale<T extends { locale: string }, V>(rows: T[], pick: (row: T) => V): Partial<Record<ContentLocale, V>> {
  const out: Partial<Record<ContentLocale, V>> = {};
  for (const row of rows) if ((CONTENT_LOCALES as readonly string[]).includes(row.locale)) out[row.locale as ContentLocale] = pick(row);
  return out;
}

export async function readTourSnapshot(tx: Tx, tourId: string): Promise<{ snapshot: TourSnapshot; version: number }> {
  const row = await tx.tour.findUniqueOrThrow({
    where: { id: tourId },
    select: {
      slug: true,
      status: true,
      shared: true,
      version: true,
      translations: { select: { locale: true, title: true, introduction: true } },
      steps: {
        orderBy: { position: "asc" },
        select: { ...tourStepFieldsSelect, entry: { select: { slug: true } }, article: { select: { slug: true } } },
      },
    },
  });
  return {
    version: row.version,
    snapshot: {
      slug: row.slug,
      status: row.status as PublicationStatus,
      shared: row.shared,
      translations: byLocale(row.translations, ({ title, introduction }) => ({ title, introduction })),
      steps: row.steps.map((step) => ({
        kind: step.kind as TourStepKind,
        entrySlug: step.entry?.slug ?? null,
        articleSlug: step.article?.slug ?? null,
        latitude: step.latitude,
        longitude: step.longitude,
        zoom: step.zoom,
        from: step.windowFrom === null ? null : edtfDayOf(step.windowFrom),
        to: step.windowTo === null ? null : edtfDayOf(step.windowTo),
        texts: byLocale(step.translations, ({ title, narrative, question }) => ({ title, narrative, question })),
      })),
    },
  };
}
