import type { EntryKind } from "@/lib/content/entry-kinds";
import { NOTE_COLUMNS_SELECT, noteFromColumns, noteIn } from "@/lib/content/localized-note";
import { pickTranslation } from "@/lib/content/pick-translation";
import type { RelationType } from "@/lib/content/relation-types";
import { db } from "@/lib/db";
import type { Relation } from "@/lib/open-data/schemas/relation-schemas";
import { PUBLISHED } from "../published";

export interface RelationPage {
  relations: Relation[];
  nextAfter: string | null;
}

const endSelect = {
  slug: true,
  kind: true,
  latitude: true,
  longitude: true,
  translations: { select: { locale: true, title: true } },
} as const;

type EndRow = {
  slug: string;
  kind: string;
  latitude: number | null;
  longitude: number | null;
  translations: { locale: string; title: string }[];
};

function end(row: EndRow, locale: string): Relation["from"] {
  const title = pickTranslation(row.translations, locale);
  return {
    slug: row.slug,
    kind: row.kind as EntryKind,
    title: title?.title ?? row.slug,
    titleLocale: title?.locale ?? locale,
    latitude: row.latitude,
    longitude: row.longitude,
  };
}

/** One page of the links between published entries, in id order after `after`, by entry and type. */
export async function listPublishedRelations(input: {
  entry?: string;
  type?: RelationType;
  locale: string;
  after: string | null;
  limit: number;
}): Promise<RelationPage> {
  const rows = await db.entryRelation.findMany({
    where: {
      from: { status: PUBLISHED },
      to: { status: PUBLISHED },
      ...(input.type ? { type: input.type } : {}),
      ...(input.after === null ? {} : { id: { gt: input.after } }),
      ...(input.entry ? { OR: [{ from: { slug: input.entry } }, { to: { slug: input.entry } }] } : {}),
    },
    orderBy: { id: "asc" },
    take: input.limit + 1,
    select: {
      id: true,
      type: true,
      ...NOTE_COLUMNS_SELECT,
      source: { select: { title: true, url: true, publisher: true, accessedOn: true, language: true } },
      from: { select: endSelect },
      to: { select: endSelect },
    },
  });
  const page = rows.slice(0, input.limit);
  return {
    relations: page.map((row) => ({
      id: row.id,
      type: row.type as RelationType,
      from: end(row.from, input.locale),
      to: end(row.to, input.locale),
      note: noteIn(noteFromColumns(row), input.locale),
      source: row.source,
    })),
    nextAfter: rows.length > input.limit ? page[page.length - 1]!.id : null,
  };
}
