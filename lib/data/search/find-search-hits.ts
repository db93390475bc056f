import { databaseKind } from "@/lib/database-url";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { fts5MatchExpression, type SearchTerm, searchTerms, tsqueryExpression } from "@/lib/search/search-query";
import { correctSearchTerms } from "./correct-search-terms";

export interface SearchHit {
  id: string;
  score: number;
}

const POSTGRES_VECTOR = Prisma.sql`(
  setweight(to_tsvector('simple', d."title"), 'A') ||
  setweight(to_tsvector('simple', d."aliases"), 'B') ||
  setweight(to_tsvector('simple', d."skeleton"), 'B') ||
  setweight(to_tsvector('simple', d."body"), 'C'))`;

export interface SearchHitFilter {
  /** False for staff pickers, which choose among drafts too; the public only ever sees published records. */
  publishedOnly?: boolean;
  /** Entries only: one kind (the compare page adds memorials). */
  kind?: string;
  /** False where a miss must stay a miss (the article analysis tries many names, most of them not entries). */
  correctTypos?: boolean;
}

/**
 * Entries or articles matching the query (published ones unless asked otherwise), best first
 * (higher score is better), one hit per entry or article whatever the number of languages that matched.
 * When the words as typed match nothing, a misspelt word is corrected towards the collection's
 * names and the search runs once more ("Rzev" finds Rzhev).
 */
export async function findSearchHits(
  target: "entry" | "article",
  query: string,
  limit: number,
  filter: SearchHitFilter = {},
): Promise<SearchHit[]> {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  const hits = await matchingDocuments(target, terms, limit, filter);
  if (hits.length > 0 || filter.correctTypos === false) return hits;
  const corrected = await correctSearchTerms(terms);
  return corrected ? matchingDocuments(target, corrected, limit, filter) : [];
}

async function matchingDocuments(
  target: "entry" | "article",
  terms: SearchTerm[],
  limit: number,
  { publishedOnly = true, kind }: SearchHitFilter,
): Promise<SearchHit[]> {
  const idColumn = target === "entry" ? Prisma.sql`d."entryId"` : Prisma.sql`d."articleId"`;
  const owner = target === "entry" ? Prisma.sql`"Entry"` : Prisma.sql`"Article"`;
  const ownerFilter = Prisma.sql`${publishedOnly ? Prisma.sql`AND o."status" = 'published'` : Prisma.empty} ${
    kind && target === "entry" ? Prisma.sql`AND o."kind" = ${kind}` : Prisma.empty
  }`;
  const postgres = databaseKind(env.DATABASE_URL) === "postgresql";
  const rows = postgres
    ? await db.$queryRaw<{ id: string; score: number }[]>(Prisma.sql`
        SELECT ${idColumn} AS id, max(ts_rank(${POSTGRES_VECTOR}, q)) AS score
        FROM "SearchDocument" d
        JOIN ${owner} o ON o."id" = ${idColumn} ${ownerFilter},
        to_tsquery('simple', ${tsqueryExpression(terms)}) q
        WHERE ${POSTGRES_VECTOR} @@ q
        GROUP BY ${idColumn}
        ORDER BY score DESC
        LIMIT ${limit}`)
    : await sqliteMatches(idColumn, owner, ownerFilter, fts5MatchExpression(terms), limit);
  return rows.map((row) => ({ id: row.id, score: Number(row.score) }));
}

/**
 * Past this many matches a word is so common that ranking every match (bm25 over each, then a sort)
 * costs most of a page's second at 100,000 entries: the ranking then covers the first this many.
 */
const RANKED_MATCHES = 5000;

async function sqliteMatches(idColumn: Prisma.Sql, owner: Prisma.Sql, ownerFilter: Prisma.Sql, match: string, limit: number) {
  const ranked = (bound: Prisma.Sql) =>
    db.$queryRaw<{ id: string; score: number }[]>(Prisma.sql`
      SELECT id, max(score) AS score FROM (
        SELECT ${idColumn} AS id, -bm25("SearchIndex", 10.0, 6.0, 1.0, 4.0) AS score
        FROM "SearchIndex"
        JOIN "SearchDocument" d ON d.rowid = "SearchIndex".rowid
        JOIN ${owner} o ON o."id" = ${idColumn} ${ownerFilter}
        WHERE "SearchIndex" MATCH ${match} ${bound}
        ORDER BY bm25("SearchIndex", 10.0, 6.0, 1.0, 4.0)
        LIMIT ${limit * 4}
      )
      GROUP BY id
      ORDER BY score DESC
      LIMIT ${limit}`);
  // FTS5 walks a word's matches in rowid order cheaply: the rowid of the match past the ranked ones, if any.
  const [edge] = await db.$queryRaw<{ rowid: bigint | number }[]>(Prisma.sql`
    SELECT rowid FROM "SearchIndex" WHERE "SearchIndex" MATCH ${match} ORDER BY rowid LIMIT 1 OFFSET ${RANKED_MATCHES}`);
  if (!edge) return ranked(Prisma.empty);
  const first = await ranked(Prisma.sql`AND "SearchIndex".rowid < ${Number(edge.rowid)}`);
  // The filters may have left too few of the first matches: then rank them all, slowly but completely.
  return first.length < limit ? ranked(Prisma.empty) : first;
}
