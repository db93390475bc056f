import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { type LocalizedNote, noteFromSnapshot, noteIn, splitBilingualNote } from "@/lib/content/localized-note";
import { parseStoredArticleSnapshot } from "@/lib/revisions/article-snapshot";
import { type EntrySnapshot, parseStoredSnapshot } from "@/lib/revisions/entry-snapshot";
import { ARTICLES } from "@/prisma/seed/articles";
import { ENTRIES } from "@/prisma/seed/entries";
import { RELATIONS } from "@/prisma/seed/relations";
import { SOURCES } from "@/prisma/seed/sources";
import { setupTestDatabase } from "./test-database";

/**
 * Notes used to be one field holding "English / Русский". The migration that gave them a column per
 * language splits stored notes, and old revision snapshots are split the same way when read: both
 * are checked here on the same cases, the SQL on the database these tests run on.
 */
const database = setupTestDatabase();
const { deletedSnapshot } = await import("@/lib/data/entries/list-deleted-entries");

const MIGRATION = "20261207200031_per_language_notes";
const TABLES = ["EntryRelation", "Source", "Citation", "ArticleMention"] as const;

const CASES: [string, LocalizedNote][] = [
  ["", { en: "", ru: "" }],
  ["Why they are linked. / Почему они связаны.", { en: "Why they are linked.", ru: "Почему они связаны." }],
  ["Only English, no separator.", { en: "Only English, no separator.", ru: "" }],
  ["Только по-русски.", { en: "", ru: "Только по-русски." }],
  ["Русский текст / и ещё русский", { en: "", ru: "Русский текст / и ещё русский" }],
  ["1941 / 1942, in English only", { en: "1941 / 1942, in English only", ru: "" }],
  ["Cronos.Asia / Cronos.Asia сообщает", { en: "Cronos.Asia", ru: "Cronos.Asia сообщает" }],
  [
    "Named «Україна-мати» since 2023. / С 2023 года называется «Україна-мати».",
    {
      en: "Named «Україна-мати» since 2023.",
      ru: "С 2023 года называется «Україна-мати».",
    },
  ],
  ["The Motherland / Родина-мать / the third part", { en: "The Motherland", ru: "Родина-мать / the third part" }],
  ["Ёлки / ёлки", { en: "", ru: "Ёлки / ёлки" }],
];

/** Every note of the reference collection as the seed used to store it. */
const SEED_NOTES: LocalizedNote[] = [
  ...RELATIONS.map((r) => r.note),
  ...SOURCES.map((s) => s.note),
  ...ENTRIES.flatMap((e) => (e.citations ?? []).map((c) => c.note)),
  ...ARTICLES.flatMap((a) => [...(a.citations ?? []).map((c) => c.note), ...(a.mentions ?? []).map((m) => m.note)]),
]
  .filter((note): note is { en: string; ru: string } => Boolean(note?.en && note.ru))
  .map((note) => ({ en: note.en, ru: note.ru }));

const joined = (note: LocalizedNote) => `${note.en} / ${note.ru}`;

function migrationSql(dialect: "sqlite" | "postgres"): string {
  const dir = dialect === "sqlite" ? ["prisma", "migrations"] : ["prisma", "postgres", "migrations"];
  return fs.readFileSync(path.join(__dirname, "..", "..", ...dir, MIGRATION, "migration.sql"), "utf8");
}

/** The notes as the migration splits them: each table holding the same old values, read back per table. */
async function migrate(values: string[]): Promise<LocalizedNote[][]> {
  const create = (table: string) => `CREATE TABLE "${table}" ("id" INTEGER PRIMARY KEY, "note" TEXT NOT NULL DEFAULT '')`;
  if (database.kind === "sqlite") {
    const sqlite = new Database(":memory:");
    for (const table of TABLES) {
      sqlite.exec(create(table));
      const insert = sqlite.prepare(`INSERT INTO "${table}" ("id", "note") VALUES (?, ?)`);
      for (const [id, value] of values.entries()) insert.run(id, value);
    }
    sqlite.exec(migrationSql("sqlite"));
    const read = (table: string) =>
      sqlite.prepare(`SELECT "noteEn" AS en, "noteRu" AS ru FROM "${table}" ORDER BY "id"`).all() as LocalizedNote[];
    const result = TABLES.map(read);
    expect(sqlite.prepare(`SELECT name FROM pragma_table_info('EntryRelation')`).all()).not.toContainEqual({ name: "note" });
    sqlite.close();
    return result;
  }
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    await client.query(`CREATE SCHEMA legacy_notes; SET search_path TO legacy_notes`);
    for (const table of TABLES) {
      await client.query(create(table));
      await client.query(`INSERT INTO "${table}" ("id", "note") SELECT * FROM unnest($1::int[], $2::text[])`, [
        values.map((_, id) => id),
        values,
      ]);
    }
    await client.query(migrationSql("postgres"));
    const result: LocalizedNote[][] = [];
    for (const table of TABLES) {
      result.push((await client.query(`SELECT "noteEn" AS en, "noteRu" AS ru FROM "${table}" ORDER BY "id"`)).rows as LocalizedNote[]);
    }
    return result;
  } finally {
    await client.query(`DROP SCHEMA IF EXISTS legacy_notes CASCADE`);
    await client.end();
  }
}

describe("notes written as one field, read as two languages", () => {
  it("splits an old snapshot's note at the separator between English and Russian, and keeps the rest whole in its language", () => {
    for (const [text, note] of CASES) expect(splitBilingualNote(text), text).toEqual(note);
    expect(noteFromSnapshot("Why. / Почему.")).toEqual({ en: "Why.", ru: "Почему." });
    expect(noteFromSnapshot({ en: "Why.", ru: "Почему." })).toEqual({ en: "Why.", ru: "Почему." });
    expect(noteFromSnapshot(undefined)).toEqual({ en: "", ru: "" });
  });

  it("reads a revision saved before notes had a text per language with its notes split, so restoring it loses nothing", () => {
    const entry = parseStoredSnapshot(
      JSON.stringify({
        slug: "old",
        relations: [{ type: "comparable_to", target: "rzhev-memorial", note: "Peers. / Ровня.", source: null }],
        citations: [{ source: "tass", field: "date", note: "Только дата." }],
      }),
    ) as EntrySnapshot;
    expect(entry.relations[0]!.note).toEqual({ en: "Peers.", ru: "Ровня." });
    expect(entry.citations[0]!.note).toEqual({ en: "", ru: "Только дата." });
    const article = parseStoredArticleSnapshot(JSON.stringify({ slug: "old", mentions: { "rzhev-memorial": "The subject. / Предмет." } }));
    expect(article.mentions).toEqual({ "rzhev-memorial": { en: "The subject.", ru: "Предмет." } });
    // The snapshot a deletion kept in the audit log, from which a curator brings the entry back.
    const deleted = deletedSnapshot(
      JSON.stringify({
        snapshot: JSON.parse(JSON.stringify({ ...entry, relations: [{ ...entry.relations[0], note: "Peers. / Ровня." }] })),
      }),
    );
    expect((deleted as EntrySnapshot).relations[0]!.note).toEqual({ en: "Peers.", ru: "Ровня." });
  });

  it("gets back every note of the reference collection from its old one-field form", () => {
    expect(SEED_NOTES.length).toBeGreaterThan(60);
    expect(SEED_NOTES.filter((note) => JSON.stringify(splitBilingualNote(joined(note))) !== JSON.stringify(note))).toEqual([]);
  });

  it(`migrates stored notes the same way (${database.kind})`, async () => {
    const values = [...CASES.map(([text]) => text), ...SEED_NOTES.map(joined)];
    const expected = [...CASES.map(([, note]) => note), ...SEED_NOTES];
    for (const rows of await migrate(values)) expect(rows).toEqual(expected);
  }, 30_000);
});

describe("a note on a page", () => {
  it("is in the page's language, else in the other one, marked as such", () => {
    const note = { en: "Why.", ru: "Почему." };
    expect(noteIn(note, "en")).toEqual({ text: "Why.", locale: "en", isFallback: false });
    expect(noteIn(note, "ru")).toEqual({ text: "Почему.", locale: "ru", isFallback: false });
    expect(noteIn({ en: "Why.", ru: "" }, "ru")).toEqual({ text: "Why.", locale: "en", isFallback: true });
    expect(noteIn({ en: "", ru: "" }, "ru")).toBeNull();
  });
});
