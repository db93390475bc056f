import type { Database } from "@/lib/db";
import { CONTENT_LOCALES, type ContentLocale } from "@/lib/content/locales";
import type { EntryKind, PublicationStatus } from "@/lib/content/entry-kinds";

export interface EntryTextSnapshot {
  title: string;
  aliases: string[];
  summary: string;
  description: string;
  placeName: string;
  locationNote: string;
  authors: string;
  dimensions: string;
}

/** An entry as the editor sees it: what a revision stores and what restoring writes back. */
export interface EntrySnapshot {
  slug: string;
  kind: EntryKind;
  status: PublicationStatus;
  latitude: number | null;
  longitude: number | null;
  locationPrecision: "exact" | "approximate" | "area";
  countryCode: string | null;
  wikidataId: string | null;
  date: string | null;
  translations: Partial<Record<ContentLocale, EntryTextSnapshot>>;
  /** Slugs of the entries linked as comparable monuments, sorted. */
  comparableTo: string[];
}

type Tx = Pick<Database, "entry" | "entryRelation">;

export async function readEntrySnapshot(tx: Tx, entryId: string): Promise<{ snapshot: EntrySnapshot; version: number }> {
  const row = await tx.entry.findUniqueOrThrow({
    where: { id: entryId },
    select: {
      slug: true, kind: true, status: true, latitude: true, longitude: true, locationPrecision: true, countryCode: true,
      wikidataId: true, dateEdtf: true, version: true,
      translations: {
        select: { locale: true, title: true, aliases: true, summary: true, description: true, placeName: true, locationNote: true, authors: true, dimensions: true },
      },
    },
  });
  const comparable = await tx.entryRelation.findMany({
    where: { type: "comparable_to", OR: [{ fromId: entryId }, { toId: entryId }] },
    select: { fromId: true, from: { select: { slug: true } }, to: { select: { slug: true } } },
  });
  const translations: EntrySnapshot["translations"] = {};
  for (const t of row.translations) {
    if (!(CONTENT_LOCALES as readonly string[]).includes(t.locale)) continue;
    translations[t.locale as ContentLocale] = {
      title: t.title,
      aliases: t.aliases.split("\n").filter(Boolean),
      summary: t.summary,
      description: t.description,
      placeName: t.placeName,
      locationNote: t.locationNote,
      authors: t.authors,
      dimensions: t.dimensions,
    };
  }
  return {
    version: row.version,
    snapshot: {
      slug: row.slug,
      kind: row.kind as EntryKind,
      status: row.status as PublicationStatus,
      latitude: row.latitude,
      longitude: row.longitude,
      locationPrecision: row.locationPrecision as EntrySnapshot["locationPrecision"],
      countryCode: row.countryCode,
      wikidataId: row.wikidataId,
      date: row.dateEdtf,
      translations,
      comparableTo: comparable.map((r) => (r.fromId === entryId ? r.to.slug : r.from.slug)).sort(),
    },
  };
}
