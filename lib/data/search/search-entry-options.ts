import { pickTranslation } from "@/lib/content/pick-translation";
import { db } from "@/lib/db";
import { PUBLISHED } from "../published";
import { findSearchHits } from "./find-search-hits";

/** One choice in an entry picker: what is submitted (the slug) and what a person reads. */
export interface EntryOption {
  slug: string;
  title: string;
  /** The language of `title`, which may be a fallback. */
  titleLocale: string;
  kind: string;
  status: string;
}

export interface EntryOptionsQuery {
  query: string;
  locale: string;
  limit: number;
  /** True for visitors (published entries only); staff pickers choose among every status. */
  publishedOnly: boolean;
  kind?: string;
}

/** Shorter queries would match nearly every document: a one-letter text finds slugs by prefix only. */
const MIN_TEXT_QUERY = 2;
const SLUG_LIKE = /^[a-z0-9-]+$/;

export const entryOptionSelect = { slug: true, kind: true, status: true, translations: { select: { locale: true, title: true } } } as const;

/**
 * Entries for a picker as a person types, never the whole collection: the entry whose slug is the
 * text first (so a pasted slug is recognised), then full-text matches on titles, other names and text
 * in either language and script ("Мамаев", "mamaev"), then slugs starting with the text.
 */
export async function searchEntryOptions({ query, locale, limit, publishedOnly, kind }: EntryOptionsQuery): Promise<EntryOption[]> {
  const text = query.trim();
  const slug = text.toLowerCase();
  if (!text) return [];
  const [bySlug, hits] = await Promise.all([
    SLUG_LIKE.test(slug) ? slugsStartingWith(slug, limit, { publishedOnly, kind }) : [],
    text.length >= MIN_TEXT_QUERY ? findSearchHits("entry", text, limit, { publishedOnly, kind }) : [],
  ]);
  const exact = bySlug.filter((row) => row.slug === slug);
  const ids = [...new Set([...exact.map((row) => row.id), ...hits.map((hit) => hit.id), ...bySlug.map((row) => row.id)])];
  const rows = await db.entry.findMany({ where: { id: { in: ids.slice(0, limit) } }, select: { id: true, ...entryOptionSelect } });
  const rank = new Map(ids.map((id, index) => [id, index]));
  return rows.sort((a, b) => rank.get(a.id)! - rank.get(b.id)!).map((row) => toEntryOption(row, locale));
}

/** Slugs read past the filter for each one wanted: a few kinds and statuses share any prefix. */
const SLUG_OVERREAD = 10;

/**
 * Entries whose slug starts with `prefix`, filtered here rather than in SQL: beside the status and
 * kind, SQLite walks the status-kind index through every published entry of the kind instead of
 * reading the slug index's few rows.
 */
async function slugsStartingWith(prefix: string, limit: number, { publishedOnly, kind }: { publishedOnly: boolean; kind?: string }) {
  const rows = await db.entry.findMany({
    where: { slug: { gte: prefix, lt: `${prefix}\uffff` } },
    select: { id: true, slug: true, status: true, kind: true },
    orderBy: { slug: "asc" },
    take: limit * SLUG_OVERREAD,
  });
  return rows.filter((row) => (!publishedOnly || row.status === PUBLISHED) && (!kind || row.kind === kind)).slice(0, limit);
}

export function toEntryOption(
  row: { slug: string; kind: string; status: string; translations: { locale: string; title: string }[] },
  locale: string,
): EntryOption {
  const text = pickTranslation(row.translations, locale);
  return { slug: row.slug, title: text?.title || row.slug, titleLocale: text?.locale ?? locale, kind: row.kind, status: row.status };
}
