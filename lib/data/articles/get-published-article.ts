import { NOTE_COLUMNS_SELECT, type NoteText, noteFromColumns, noteIn } from "@/lib/content/localized-note";
import { pickTranslation, type Translated } from "@/lib/content/pick-translation";
import { formatHistoricalDate, parseHistoricalDate } from "@/lib/dates";
import { db } from "@/lib/db";
import { type EntrySummary, entrySummarySelect, toEntrySummary } from "../entries/entry-summary";
import { type EntryMedia, mediaSelect, toEntryMedia } from "../media/entry-media";
import { PUBLISHED } from "../published";
import { type CitedSource, citationSelect, groupCitations } from "../sources/group-citations";

export interface ArticleDetail {
  slug: string;
  publisher: string | null;
  originalTitle: string | null;
  originalUrl: string | null;
  publishedEdtf: string | null;
  dateLabel: string | null;
  language: string;
  text: Translated<{ locale: string; title: string; bodyHtml: string; excerpt: string }>;
  /** Each with why the article names it, in the page's language or else the other one. */
  mentions: (EntrySummary & { note: NoteText | null })[];
  media: EntryMedia[];
  sources: CitedSource[];
  updatedAt: Date;
}

export async function getPublishedArticle({ slug, locale }: { slug: string; locale: string }): Promise<ArticleDetail | null> {
  const row = await db.article.findFirst({
    where: { slug, status: PUBLISHED },
    select: {
      slug: true,
      publisher: true,
      originalTitle: true,
      originalUrl: true,
      publishedEdtf: true,
      language: true,
      updatedAt: true,
      translations: { select: { locale: true, title: true, bodyHtml: true, excerpt: true } },
      mentions: { where: { entry: { status: PUBLISHED } }, select: { ...NOTE_COLUMNS_SELECT, entry: { select: entrySummarySelect } } },
      media: mediaSelect,
      citations: citationSelect,
    },
  });
  if (!row) return null;
  const text = pickTranslation(row.translations, locale);
  if (!text) return null;
  return {
    slug: row.slug,
    publisher: row.publisher,
    originalTitle: row.originalTitle,
    originalUrl: row.originalUrl,
    publishedEdtf: row.publishedEdtf,
    dateLabel: row.publishedEdtf ? formatHistoricalDate(parseHistoricalDate(row.publishedEdtf), locale) : null,
    language: row.language,
    text,
    mentions: row.mentions.map((m) => ({ ...toEntrySummary(m.entry, locale), note: noteIn(noteFromColumns(m), locale) })),
    media: row.media.map((m) => toEntryMedia(m, locale)),
    sources: groupCitations(row.citations, locale),
    updatedAt: row.updatedAt,
  };
}
