import type { PublicationStatus } from "@/lib/content/entry-kinds";
import { CONTENT_LOCALES, type ContentLocale } from "@/lib/content/locales";
import { type LocalizedNote, NOTE_COLUMNS_SELECT, noteFromColumns, noteFromSnapshot } from "@/lib/content/localized-note";
import type { Database } from "@/lib/db";

export interface ArticleTextSnapshot {
  title: string;
  excerpt: string;
  /** As stored: already sanitized. */
  bodyHtml: string;
}

/** An article as the editor sees it: what a revision stores and what restoring writes back. */
export interface ArticleSnapshot {
  slug: string;
  status: PublicationStatus;
  publisher: string | null;
  /** Absent from snapshots saved before articles recorded it. */
  originalTitle?: string | null;
  originalUrl: string | null;
  publishedDate: string | null;
  language: ContentLocale;
  translations: Partial<Record<ContentLocale, ArticleTextSnapshot>>;
  /**
   * The mentioned entries' slugs, each with its note. Keyed by slug (not a list) so a diff names
   * the entry whose mention or note changed.
   */
  mentions: Record<string, LocalizedNote>;
}

/** A stored revision; mention notes saved before they had a text per language ("English / Русский") come back split. */
export function parseStoredArticleSnapshot(json: string): ArticleSnapshot {
  const snapshot = JSON.parse(json) as ArticleSnapshot;
  const mentions = Object.entries(snapshot.mentions ?? {}).map(([slug, note]) => [slug, noteFromSnapshot(note)]);
  return { ...snapshot, mentions: Object.fromEntries(mentions) };
}

type Tx = Pick<Database, "article">;

export async function readArticleSnapshot(tx: Tx, articleId: string): Promise<{ snapshot: ArticleSnapshot; version: number }> {
  const row = await tx.article.findUniqueOrThrow({
    where: { id: articleId },
    select: {
      slug: true,
      status: true,
      publisher: true,
      originalTitle: true,
      originalUrl: true,
      publishedEdtf: true,
      language: true,
      version: true,
      translations: { select: { locale: true, title: true, excerpt: true, bodyHtml: true } },
      mentions: { select: { ...NOTE_COLUMNS_SELECT, entry: { select: { slug: true } } } },
    },
  });
  const translations: ArticleSnapshot["translations"] = {};
  for (const t of row.translations) {
    if ((CONTENT_LOCALES as readonly string[]).includes(t.locale)) {
      translations[t.locale as ContentLocale] = { title: t.title, excerpt: t.excerpt, bodyHtml: t.bodyHtml };
    }
  }
  const mentions = [...row.mentions].sort((a, b) => a.entry.slug.localeCompare(b.entry.slug));
  return {
    version: row.version,
    snapshot: {
      slug: row.slug,
      status: row.status as PublicationStatus,
      publisher: row.publisher,
      originalTitle: row.originalTitle,
      originalUrl: row.originalUrl,
      publishedDate: row.publishedEdtf,
      language: row.language as ContentLocale,
      translations,
      mentions: Object.fromEntries(mentions.map((m) => [m.entry.slug, noteFromColumns(m)])),
    },
  };
}
