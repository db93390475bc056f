import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SOURCES } from "@/prisma/seed/sources";
import { setupTestDatabase } from "./test-database";

/**
 * The language of each source's title (WCAG 2.2 SC 3.1.2, Language of Parts): the reference sources
 * all have one, the schemas take it, a database seeded before the column existed gets it from the
 * migration, and the public API gives it.
 */
const database = setupTestDatabase();
const { sourceInputSchema, newSourceSchema } = await import("@/lib/validation/source");
const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
const { getPublishedEntry } = await import("@/lib/data/entries/get-published-entry");
const { citedSourceSchema } = await import("@/lib/open-data/schemas/entry-schemas");
const { openApiDocument } = await import("@/lib/openapi/openapi-document");
const { db } = await import("@/lib/db");

const MIGRATION = "20261208080038_source_language";

function migrationUpdates(dialect: "sqlite" | "postgresql"): string[] {
  const dir = dialect === "sqlite" ? ["prisma", "migrations"] : ["prisma", "postgres", "migrations"];
  const sql = fs.readFileSync(path.join(__dirname, "..", "..", ...dir, MIGRATION, "migration.sql"), "utf8");
  return sql.split(";\n").filter((statement) => statement.trimStart().startsWith("UPDATE"));
}

describe("the reference sources", () => {
  it("each give the language of their title", () => {
    for (const source of SOURCES) expect(source.language, source.key).toMatch(/^[a-z]{2,3}$/);
  });

  it("are read by the title's main text, not a name in brackets", () => {
    const languageOf = (key: string) => SOURCES.find((s) => s.key === key)?.language;
    expect(languageOf("wiki-rzhev-memorial")).toBe("en");
    expect(languageOf("100dorog-rzhev-opening")).toBe("ru");
    expect(languageOf("wiki7-rzhev-memorial")).toBe("sv");
    expect(languageOf("perceptio-rzhev-town")).toBe("de");
    expect(languageOf("ask3-rear-front")).toBe("ru");
    expect(languageOf("touristportal-soldier-sailor")).toBe("de");
    expect(languageOf("perceptio-nakhimov-square-memorial")).toBe("ro");
    expect(languageOf("rbc-kyiv-rename")).toBe("uk");
  });
});

describe("the source schemas", () => {
  const base = { key: "k", title: "Title", note: { en: "", ru: "" } };

  it("take a primary language tag, lower-cased, or none", () => {
    expect(sourceInputSchema.parse({ ...base, language: "DE" }).language).toBe("de");
    expect(sourceInputSchema.parse(base).language).toBeNull();
    expect(newSourceSchema.parse({ title: "Title", language: "" }).language).toBeNull();
    expect(newSourceSchema.parse({ title: "Title", language: "fr" }).language).toBe("fr");
  });

  it("refuse what is not one", () => {
    for (const language of ["English", "en-US", "e", "1a"]) {
      expect(sourceInputSchema.safeParse({ ...base, language }).success, language).toBe(false);
      expect(newSourceSchema.safeParse({ title: "Title", language }).success, language).toBe(false);
    }
  });
});

describe("on a database", () => {
  it("the seed stores each source's language", async () => {
    await seedReferenceData();
    const rows = await db.source.findMany({ select: { key: true, language: true } });
    const stored = new Map(rows.map((r) => [r.key, r.language]));
    for (const source of SOURCES) expect(stored.get(source.key), source.key).toBe(source.language);
  }, 60_000);

  it("the migration gives the reference sources of a database seeded before it their languages", async () => {
    await db.source.updateMany({ data: { language: null } });
    const unknown = await db.source.create({ data: { key: "a-curators-own", title: "Ein Titel" }, select: { id: true } });
    for (const statement of migrationUpdates(database.kind)) await db.$executeRawUnsafe(statement);
    const rows = await db.source.findMany({ select: { key: true, language: true } });
    const stored = new Map(rows.map((r) => [r.key, r.language]));
    for (const source of SOURCES) expect(stored.get(source.key), source.key).toBe(source.language);
    // A source staff added is left as they made it: its language is unknown until someone sets it.
    expect(stored.get("a-curators-own")).toBeNull();
    await db.source.delete({ where: { id: unknown.id } });
  });

  it("the public API gives each cited source's language", async () => {
    const entry = await getPublishedEntry({ slug: "rzhev-memorial", locale: "ru" });
    const wikipedia = entry?.sources.find((s) => s.key === "wiki-rzhev-memorial");
    expect(wikipedia?.language).toBe("en");
    expect(citedSourceSchema.parse(wikipedia).language).toBe("en");
    const schemas = openApiDocument().components?.schemas ?? {};
    expect(JSON.stringify(schemas.CitedSource)).toContain('"language"');
  });
});
