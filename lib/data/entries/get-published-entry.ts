import { ARTICLES_PER_ENTRY } from "@/lib/content/entry-page-lists";
import type { NoteText } from "@/lib/content/localized-note";
import { pickTranslation, type Translated } from "@/lib/content/pick-translation";
import type { RelationDirection, RelationType } from "@/lib/content/relation-types";
import { fromStoredColumns, type HistoricalDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { ENTRY_TEXT_SELECT } from "@/lib/revisions/entry-snapshot";
import { type EntryArticleRef, entryArticleSelect, PUBLISHED_MENTION, toEntryArticleRef } from "../articles/entry-article-ref";
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

export type { EntryArticleRef, EntryMedia, SourceRef };

export interface EntryDetail extends EntrySummary {
  countryCode: string | null;
  wikidataId: string | null;
  date: HistoricalDate | null;
  text: Translated<EntryText & { locale: string }>;
  otherNames: { locale: string; title: string }[];
  /** The first RELATIONS_PER_GROUP links of each group; `relationGroups` counts them all. */
  relations: RelatedEntry[];
  relationGroups: RelationGroup[];
  /** The latest ARTICLES_PER_ENTRY published articles about the entry; `articleCount` counts them all. */
  articles: EntryArticleRef[];
  articleCount: number;
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
        where: PUBLISHED_MENTION,
        orderBy: [{ article: { publishedEdtf: "desc" } }, { article: { slug: "asc" } }],
        take: ARTICLES_PER_ENTRY,
        select: { article: { select: entryArticleSelect } },
      },
      _count: { select: { mentions: { where: PUBLISHED_MENTION } } },
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
    articles: row.mentions.map(({ article }) => toEntryArticleRef(article, locale)),
    articleCount: row._count.mentions,
    media: row.media.map((m) => toEntryMedia(m, locale)),
    sources: groupCitations(row.citations, locale),
    updatedAt: row.updatedAt,
  };
}
