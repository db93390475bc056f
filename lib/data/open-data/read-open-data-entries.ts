import type { EntryKind } from "@/lib/content/entry-kinds";
import { isContentLocale } from "@/lib/content/locales";
import { fromStoredColumns, toEdtf } from "@/lib/dates";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ExportedEntry, LocationPrecision } from "@/lib/open-data/open-data-entry";
import type { EntryFilter } from "@/lib/open-data/queries/entry-filter";
import { PUBLISHED } from "../published";
import { entryFilterWhere } from "./entry-filter-where";

/** Rows read per query: large enough that the per-query cost is small, small enough to stream steadily. */
const PAGE_SIZE = 500;

/**
 * Characters of text per page at most (fewer entries on a page of long texts): exports run in a
 * worker with a small heap (lib/open-data/in-export-worker.ts), which must hold a page's rows and
 * the file text written from them. Typical entries fill a page of PAGE_SIZE well within it; 500
 * entries of the longest texts the editor takes (over 40,000 characters in two languages) would
 * not fit.
 */
const PAGE_TEXT_CHARACTERS = 2_000_000;

const entrySelect = {
  id: true,
  status: true,
  slug: true,
  kind: true,
  latitude: true,
  longitude: true,
  locationPrecision: true,
  countryCode: true,
  wikidataId: true,
  startYear: true,
  startMonth: true,
  startDay: true,
  startCirca: true,
  endYear: true,
  endMonth: true,
  endDay: true,
  endCirca: true,
} as const;

type EntryRow = Prisma.EntryGetPayload<{ select: typeof entrySelect }>;

interface TranslationRow {
  entryId: string;
  locale: string;
  title: string;
  aliases: string;
  summary: string;
  description: string;
  placeName: string;
  locationNote: string;
  authors: string;
  dimensions: string;
}

/** Grouped by entry id, in the order the query gave. */
function byEntry<T extends { entryId: string }>(rows: T[]): Map<string, T[]> {
  const grouped = new Map<string, T[]>();
  for (const row of rows) {
    const list = grouped.get(row.entryId);
    if (list) list.push(row);
    else grouped.set(row.entryId, [row]);
  }
  return grouped;
}

/**
 * What each entry of a page links to, one query per table. Raw SQL: Prisma's nested reads of the
 * same rows took about three times as long, most of an export's time.
 */
async function readLinkedRows(ids: string[], withArticles: boolean) {
  const list = Prisma.join(ids);
  const translations = await db.$queryRaw<TranslationRow[]>(Prisma.sql`
    SELECT "entryId", "locale", "title", "aliases", "summary", "description", "placeName", "locationNote", "authors", "dimensions"
    FROM "EntryTranslation" WHERE "entryId" IN (${list})`);
  const sources = await db.$queryRaw<{ entryId: string; url: string }[]>(Prisma.sql`
    SELECT c."entryId" AS "entryId", s."url" AS "url" FROM "Citation" c JOIN "Source" s ON s."id" = c."sourceId"
    WHERE c."entryId" IN (${list}) AND s."url" IS NOT NULL ORDER BY c."id"`);
  const tags = await db.$queryRaw<{ entryId: string; slug: string }[]>(Prisma.sql`
    SELECT et."entryId" AS "entryId", t."slug" AS "slug" FROM "EntryTag" et JOIN "Tag" t ON t."id" = et."tagId"
    WHERE et."entryId" IN (${list}) ORDER BY t."slug"`);
  const articles = withArticles
    ? await db.$queryRaw<{ entryId: string; slug: string; locale: string | null; title: string | null }[]>(Prisma.sql`
        SELECT m."entryId" AS "entryId", a."slug" AS "slug", at."locale" AS "locale", at."title" AS "title"
        FROM "ArticleMention" m JOIN "Article" a ON a."id" = m."articleId" AND a."status" = ${PUBLISHED}
        LEFT JOIN "ArticleTranslation" at ON at."articleId" = a."id"
        WHERE m."entryId" IN (${list}) ORDER BY a."slug"`)
    : null;
  return { translations: byEntry(translations), sources: byEntry(sources), tags: byEntry(tags), articles: articles && byEntry(articles) };
}

type LinkedRows = Awaited<ReturnType<typeof readLinkedRows>>;

/** The first of `rows` whose texts (every language) come to PAGE_TEXT_CHARACTERS at most; at least one. */
async function withinTextBudget(rows: EntryRow[]): Promise<EntryRow[]> {
  const lengths = await db.$queryRaw<{ entryId: string; characters: number | bigint }[]>(Prisma.sql`
    SELECT "entryId", SUM(LENGTH("title") + LENGTH("aliases") + LENGTH("summary") + LENGTH("description") + LENGTH("placeName")
      + LENGTH("locationNote") + LENGTH("authors") + LENGTH("dimensions")) AS "characters"
    FROM "EntryTranslation" WHERE "entryId" IN (${Prisma.join(rows.map((row) => row.id))}) GROUP BY "entryId"`);
  const characters = new Map(lengths.map((row) => [row.entryId, Number(row.characters)]));
  let total = 0;
  for (let i = 0; i < rows.length; i++) {
    total += characters.get(rows[i]!.id) ?? 0;
    if (total > PAGE_TEXT_CHARACTERS && i > 0) return rows.slice(0, i);
  }
  return rows;
}

function articlesOf(rows: { slug: string; locale: string | null; title: string | null }[]): ExportedEntry["articles"] {
  const articles = new Map<string, Partial<Record<string, string>>>();
  for (const row of rows) {
    const titles = articles.get(row.slug) ?? {};
    if (row.locale && row.title) titles[row.locale] = row.title;
    articles.set(row.slug, titles);
  }
  return [...articles].map(([slug, titles]) => ({ slug, titles }));
}

function toExportedEntry(row: EntryRow, linked: LinkedRows): ExportedEntry {
  const date = fromStoredColumns(row);
  const texts: ExportedEntry["texts"] = {};
  for (const { entryId: _, locale, aliases, ...text } of linked.translations.get(row.id) ?? []) {
    if (isContentLocale(locale)) texts[locale] = { ...text, aliases: aliases.split("\n").filter(Boolean) };
  }
  return {
    slug: row.slug,
    kind: row.kind as EntryKind,
    date: date ? toEdtf(date) : null,
    period: date,
    latitude: row.latitude,
    longitude: row.longitude,
    locationPrecision: row.locationPrecision as LocationPrecision,
    countryCode: row.countryCode || null,
    wikidataId: row.wikidataId || null,
    texts,
    sources: [...new Set((linked.sources.get(row.id) ?? []).map((s) => s.url))],
    tags: (linked.tags.get(row.id) ?? []).map((t) => t.slug),
    ...(linked.articles ? { articles: articlesOf(linked.articles.get(row.id) ?? []) } : {}),
  };
}

/**
 * The published entries a filter matches, a page at a time in id order (keyset), so a whole
 * collection is never held in memory; each page is read only when the consumer asks for it.
 * `withArticles` adds the published articles about each entry (for JSON-LD).
 */
export async function* readOpenDataEntries(filter: EntryFilter, { withArticles = false } = {}): AsyncGenerator<ExportedEntry[]> {
  const where = await entryFilterWhere(filter);
  let after: string | null = null;
  for (;;) {
    const rows: EntryRow[] = await db.entry.findMany({
      where: after === null ? where : { AND: [where, { id: { gt: after } }] },
      orderBy: { id: "asc" },
      take: PAGE_SIZE,
      select: entrySelect,
    });
    if (rows.length === 0) return;
    const published = rows.filter((row) => row.status === PUBLISHED);
    const page = published.length ? await withinTextBudget(published) : [];
    // A page cut short ends at its last entry: the rows after it are read again with the next page.
    const cut = page.length < published.length;
    after = cut ? page[page.length - 1]!.id : rows[rows.length - 1]!.id;
    if (page.length) {
      const linked = await readLinkedRows(
        page.map((row) => row.id),
        withArticles,
      );
      yield page.map((row) => toExportedEntry(row, linked));
    }
    if (!cut && rows.length < PAGE_SIZE) return;
  }
}
