import type { NoteText } from "@/lib/content/localized-note";
import { pickTranslation, type Translated } from "@/lib/content/pick-translation";
import type { RelationDirection, RelationType } from "@/lib/content/relation-types";
import { formatHistoricalDate, fromStoredColumns, type HistoricalDate, parseHistoricalDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { ENTRY_TEXT_SELECT } from "@/lib/revisions/entry-snapshot";
import { type EntryMedia, mediaSelect, toEntryMedia } from "../media/entry-media";
import { PUBLISHED } from "../published";
import { type RelationGroup, readEntryRelations } from "../relations/read-entry-relations";
import { type CitedSource, citationSelect, groupCitations, type SourceRef } from "../sources/group-citations";
import { type EntrySummary, entrySummarySelect, toEntrySummary } from "./entry-summary";

export interface RelatedEntry {
  type: RelationType;
  /** How the relation reads from this entry: "commemorates" outgoing, "commemorated by" incoming. */
  direction: RelationDirection;
  /** Why the two are linked, in the page's language or else the other one. */
  note: NoteText | null;
  source: SourceRef | null;
  entry: EntrySummary;
}

export interface EntryText {
  title: string;
  aliases: string;
  summary: string;
  description: string;
  placeName: string;
  locationNote: string;
  authors: string;
  dimensions: string;
}

export type { EntryMedia, SourceRef };

export interface EntryArticleRef {
  slug: string;
  title: string;
  publisher: string | null;
  dateLabel: string | null;
}

export interface EntryDetail extends EntrySummary {
  countryCode: string | null;
  wikidataId: string | null;
  date: HistoricalDate | null;
  text: Translated<EntryText & { locale: string }>;
  otherNames: { locale: string; title: string }[];
  /** The first RELATIONS_PER_GROUP links of each group; `relationGroups` counts them all. */
  relations: RelatedEntry[];
  relationGroups: RelationGroup[];
  articles: EntryArticleRef[];
  media: EntryMedia[];
  /** Each source with the fields of this entry it supports. */
  sources: CitedSource[];
  updatedAt: Date;
}

export async function getPublishedEntry({ slug, locale }: { slug: string; locale: string }): Promise<EntryDetail | null> {
  const row = await db.entry.findFirst({
    where: { slug, status: PUBLISHED },
    select: {
      ...entrySummarySelect,
      countryCode: true,
      wikidataId: true,
      updatedAt: true,
      translations: { select: ENTRY_TEXT_SELECT },
      mentions: {
        where: { article: { status: PUBLISHED } },
        select: {
          article: {
            select: { slug: true, publisher: true, publishedEdtf: true, translations: { select: { locale: true, title: true } } },
          },
        },
      },
      media: mediaSelect,
      citations: citationSelect,
    },
  });
  if (!row) return null;
  const text = pickTranslation(row.translations, locale);
  if (!text) return null;

  const { relations, groups: relationGroups } = await readEntryRelations(row.id, locale);

  return {
    ...toEntrySummary(row, locale),
    countryCode: row.countryCode,
    wikidataId: row.wikidataId,
    date: fromStoredColumns(row),
    text,
    otherNames: row.translations.filter((t) => t.locale !== text.locale).map((t) => ({ locale: t.locale, title: t.title })),
    relations,
    relationGroups,
    articles: row.mentions.map(({ article }) => {
      const title = pickTranslation(article.translations, locale);
      return {
        slug: article.slug,
        title: title?.title ?? article.slug,
        publisher: article.publisher,
        dateLabel: article.publishedEdtf ? formatHistoricalDate(parseHistoricalDate(article.publishedEdtf), locale) : null,
      };
    }),
    media: row.media.map((m) => toEntryMedia(m, locale)),
    sources: groupCitations(row.citations, locale),
    updatedAt: row.updatedAt,
  };
}
