import { randomBytes } from "node:crypto";
import { type Database, db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { articleSearchDocument, entrySearchDocument } from "./search-documents";

/**
 * Records per transaction. Start-up on a bulk-loaded collection indexes every entry, so the cost
 * per record matters: few commits, and raw SQL rather than Prisma's createMany, which compiles a
 * plan as large as the batch on every call (several times the cost of the folding itself).
 */
const BATCH_SIZE = 2000;
/** Rows per INSERT statement: 8 values each, well under SQLite's and PostgreSQL's limits on bound values. */
const ROWS_PER_INSERT = 500;
const TX_OPTIONS = { timeout: 120_000, maxWait: 10_000 };

type Tx = Pick<Database, "$queryRaw" | "$executeRaw">;
type Document = Prisma.SearchDocumentCreateManyInput;

export interface RebuildOptions {
  batchSize?: number;
  /** Called after each batch is written, with how many records it held. */
  onBatch?: (size: number) => void;
}

/** The documents of a batch of entries or articles, from their translations read at once. */
const documentsOf: Record<"entry" | "article", (tx: Tx, ids: string[]) => Promise<Document[]>> = {
  entry: async (tx, ids) => {
    const rows = await tx.$queryRaw<
      {
        entryId: string;
        locale: string;
        title: string;
        aliases: string;
        summary: string;
        description: string;
        placeName: string;
        authors: string;
      }[]
    >`SELECT "entryId", "locale", "title", "aliases", "summary", "description", "placeName", "authors"
      FROM "EntryTranslation" WHERE "entryId" IN (${Prisma.join(ids)})`;
    return rows.map((t) => entrySearchDocument(t.entryId, t));
  },
  article: async (tx, ids) => {
    const rows = await tx.$queryRaw<{ articleId: string; locale: string; title: string; bodyHtml: string }[]>`
      SELECT "articleId", "locale", "title", "bodyHtml" FROM "ArticleTranslation" WHERE "articleId" IN (${Prisma.join(ids)})`;
    return rows.map((t) => articleSearchDocument(t.articleId, t));
  },
};

/**
 * Writes every missing search document: for a database filled before search existed, or by a bulk
 * loader that bypassed the data layer. Records go in batches, one transaction each, with the same
 * documents the data layer writes on save. Returns how many entries and articles lacked documents.
 */
export async function rebuildMissingSearchDocuments({ batchSize = BATCH_SIZE, onBatch }: RebuildOptions = {}): Promise<number> {
  let count = 0;
  for (const kind of ["entry", "article"] as const) {
    // Walk by id so a record with no translations (which gets no document) is passed, not found again.
    for (let ids = await missingIds(kind, "", batchSize); ids.length > 0; ids = await missingIds(kind, ids.at(-1)!, batchSize)) {
      const batch = ids;
      await db.$transaction(async (tx) => insertDocuments(tx, await documentsOf[kind](tx, batch)), TX_OPTIONS);
      onBatch?.(batch.length);
      count += batch.length;
    }
  }
  return count;
}

/** The next ids, in id order after `after`, of entries or articles with no search document. */
async function missingIds(kind: "entry" | "article", after: string, take: number): Promise<string[]> {
  const [table, column] =
    kind === "entry" ? [Prisma.raw(`"Entry"`), Prisma.raw(`"entryId"`)] : [Prisma.raw(`"Article"`), Prisma.raw(`"articleId"`)];
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT o."id" FROM ${table} o
    WHERE o."id" > ${after} AND NOT EXISTS (SELECT 1 FROM "SearchDocument" d WHERE d.${column} = o."id")
    ORDER BY o."id" LIMIT ${take}`;
  return rows.map((row) => row.id);
}

/**
 * Ids that grow in the order they are made (time, then a counter, then random), like the cuids the
 * client makes: random ones would scatter the inserts over the whole primary-key index and make
 * every commit rewrite far more pages.
 */
function increasingIds(): () => string {
  const prefix = `s${Date.now().toString(36)}${randomBytes(4).toString("hex")}`;
  let counter = 0;
  return () => `${prefix}${(counter++).toString(36).padStart(6, "0")}`;
}

async function insertDocuments(tx: Tx, documents: Document[]): Promise<void> {
  const nextId = increasingIds();
  for (let i = 0; i < documents.length; i += ROWS_PER_INSERT) {
    const rows = documents
      .slice(i, i + ROWS_PER_INSERT)
      .map(
        (d) =>
          Prisma.sql`(${Prisma.join([nextId(), d.entryId ?? null, d.articleId ?? null, d.locale, d.title, d.aliases ?? "", d.body ?? "", d.skeleton ?? ""])})`,
      );
    await tx.$executeRaw`INSERT INTO "SearchDocument" ("id", "entryId", "articleId", "locale", "title", "aliases", "body", "skeleton")
      VALUES ${Prisma.join(rows)}`;
  }
}
