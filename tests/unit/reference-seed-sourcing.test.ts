import { describe, expect, it } from "vitest";
import { CONTENT_LOCALES } from "@/lib/content/locales";
import type { CitationField } from "@/lib/validation/source";
import { ARTICLES } from "@/prisma/seed/articles";
import { ENTRIES } from "@/prisma/seed/entries";
import { RELATIONS } from "@/prisma/seed/relations";
import { SOURCES } from "@/prisma/seed/sources";

/**
 * The editorial rules of the reference collection, checked over the seed data itself.
 *
 * What counts as a published fact, and the citation field that must support it:
 *  - an entry's date                         -> "date"
 *  - its map point (latitude, longitude)     -> "coordinates"
 *  - its place name or country               -> "place"
 *  - its authors                             -> "authors"
 *  - its dimensions                          -> "dimensions"
 *  - its summary or description              -> "description"
 *  - its title and other names               -> "title"
 *  - an article's text (body and excerpt)    -> "text"; its publication date -> "date"
 * Location notes are our own remarks on the map point (why it is approximate or missing) and
 * need no source, but like every other text they exist in both languages.
 *
 * Notes (relation, citation, article-mention and source notes) have a text per language, like
 * every other published text: both present, each in its own language, saying the same thing.
 */
const published = ENTRIES.filter((e) => e.status === "published");
const sourceKeys = new Set(SOURCES.map((s) => s.key));
const ACCESS_DATE = "2026-12-06";

const TEXT_FIELDS = ["title", "summary", "description", "placeName", "locationNote", "authors", "dimensions"] as const;
type TextField = (typeof TEXT_FIELDS)[number];
const FACT_OF_FIELD: Partial<Record<TextField, CitationField>> = {
  title: "title",
  summary: "description",
  description: "description",
  placeName: "place",
  authors: "authors",
  dimensions: "dimensions",
};

const LATIN = /[A-Za-z]/;
const CYRILLIC = /[А-Яа-яЁё]/;

/** Names quoted in their own language («Україна-мати») may stand in an English text. */
const withoutQuotedNames = (text: string) => text.replace(/«[^»]*»/g, "");

type SeedNote = { en?: string; ru?: string } | undefined;

/** English in English (Latin, no Cyrillic but in «quoted names»), Russian in Russian, and neither holding both. */
function isBilingual(note: SeedNote): boolean {
  const en = note?.en ?? "";
  const ru = note?.ru ?? "";
  const holdsBoth = (text: string) => / \/ /.test(text) && CYRILLIC.test(text) && LATIN.test(text.split(" / ")[0]!);
  return LATIN.test(en) && !CYRILLIC.test(withoutQuotedNames(en)) && CYRILLIC.test(ru) && !holdsBoth(en) && !holdsBoth(ru);
}

/** A note is optional on a citation or a mention; one that is written is written in both languages. */
const hasNote = (note: SeedNote) => Boolean(note?.en || note?.ru);

function missingFacts(entry: (typeof ENTRIES)[number]): string[] {
  const cited = new Set((entry.citations ?? []).map((c) => c.field));
  const needed = new Set<CitationField>();
  if (entry.date) needed.add("date");
  if (entry.latitude != null) needed.add("coordinates");
  if (entry.countryCode) needed.add("place");
  for (const t of Object.values(entry.translations)) {
    for (const field of TEXT_FIELDS) {
      const fact = FACT_OF_FIELD[field];
      if (fact && t?.[field]) needed.add(fact);
    }
  }
  return [...needed].filter((f) => !cited.has(f)).map((f) => `${entry.slug}: ${f}`);
}

describe("the reference collection: every published fact has a source that exists", () => {
  it("cites a source for every published fact of every entry", () => {
    expect(published.length).toBeGreaterThan(40);
    expect(published.flatMap(missingFacts)).toEqual([]);
  });

  it("cites only sources that are defined", () => {
    const cited = [
      ...ENTRIES.flatMap((e) => (e.citations ?? []).map((c) => c.sourceKey)),
      ...ARTICLES.flatMap((a) => (a.citations ?? []).map((c) => c.sourceKey)),
      ...RELATIONS.map((r) => r.sourceKey),
    ];
    expect(cited.filter((key) => !key || !sourceKeys.has(key))).toEqual([]);
    expect(SOURCES.length).toBe(sourceKeys.size);
  });

  it("gives every source an address and the day it was read, or says why it has none", () => {
    const unlocatable = SOURCES.filter((s) => !s.url && !(s.note?.en ?? "").match(/no (web )?address|not online|printed/i));
    expect(unlocatable.map((s) => s.key)).toEqual([]);
    expect(SOURCES.filter((s) => s.url && s.accessedOn !== ACCESS_DATE).map((s) => s.key)).toEqual([]);
  });

  it("describes every source in both languages", () => {
    expect(SOURCES.filter((s) => !isBilingual(s.note)).map((s) => s.key)).toEqual([]);
  });

  it("cites every article's text to the original it summarises, with that original's title, publisher and address", () => {
    for (const article of ARTICLES) {
      const texts = (article.citations ?? []).filter((c) => c.field === "text").map((c) => SOURCES.find((s) => s.key === c.sourceKey)!);
      expect(texts, article.slug).toHaveLength(1);
      const [original] = texts;
      expect(article.originalTitle, article.slug).toBe(original!.title);
      expect(article.publisher, article.slug).toBe(original!.publisher);
      expect(article.originalUrl, article.slug).toBe(original!.url);
      if (article.publishedDate) expect((article.citations ?? []).map((c) => c.field)).toContain("date");
    }
  });
});

describe("the reference collection: English and Russian alike", () => {
  it("has every published text of every entry in both languages", () => {
    const gaps = published.flatMap((entry) =>
      TEXT_FIELDS.flatMap((field) => {
        const filled = CONTENT_LOCALES.filter((l) => Boolean(entry.translations[l]?.[field]));
        return filled.length === 0 || filled.length === CONTENT_LOCALES.length ? [] : [`${entry.slug}: ${field}`];
      }),
    );
    expect(gaps).toEqual([]);
  });

  it("writes the Russian text in Russian and the English text in English", () => {
    const wrong = published.flatMap((entry) =>
      TEXT_FIELDS.flatMap((field) => {
        const en = withoutQuotedNames(entry.translations.en?.[field] ?? "");
        const ru = entry.translations.ru?.[field] ?? "";
        const problems: string[] = [];
        if (ru && field !== "authors" && !CYRILLIC.test(ru)) problems.push(`${entry.slug}: ru ${field}`);
        if (CYRILLIC.test(en)) problems.push(`${entry.slug}: en ${field}`);
        return problems;
      }),
    );
    expect(wrong).toEqual([]);
  });

  it("says where an entry is not on the map, in both languages, in the location note", () => {
    const placed = (e: (typeof ENTRIES)[number]) => e.latitude != null;
    const located = published.filter((e) => e.kind === "event" || e.kind === "memorial" || e.kind === "place");
    const unexplained = located.filter((e) => !placed(e) && CONTENT_LOCALES.some((l) => !e.translations[l]?.locationNote));
    expect(unexplained.map((e) => e.slug)).toEqual([]);
    const remarksInText = published.filter((e) =>
      Object.values(e.translations).some((t) => /not on the map|нет на карте|не показан на карте/i.test(`${t?.summary} ${t?.description}`)),
    );
    expect(remarksInText.map((e) => e.slug)).toEqual([]);
  });

  it("has every article in both languages, with a summary and an excerpt", () => {
    for (const article of ARTICLES) {
      for (const locale of CONTENT_LOCALES) {
        const t = article.translations[locale];
        expect(t?.title, `${article.slug} ${locale}`).toBeTruthy();
        expect(t?.excerpt, `${article.slug} ${locale}`).toBeTruthy();
        expect(t?.body, `${article.slug} ${locale}`).toBeTruthy();
      }
    }
  });

  it("words every note that a visitor reads in both languages", () => {
    const notes = [
      ...RELATIONS.map((r) => ({ where: `relation ${r.fromSlug} ${r.type} ${r.toSlug}`, note: r.note })),
      ...ENTRIES.flatMap((e) =>
        (e.citations ?? []).filter((c) => hasNote(c.note)).map((c) => ({ where: `citation ${e.slug} ${c.field}`, note: c.note })),
      ),
      ...ARTICLES.flatMap((a) =>
        (a.citations ?? []).filter((c) => hasNote(c.note)).map((c) => ({ where: `citation ${a.slug} ${c.field}`, note: c.note })),
      ),
      ...ARTICLES.flatMap((a) =>
        (a.mentions ?? []).filter((m) => hasNote(m.note)).map((m) => ({ where: `mention ${a.slug} ${m.entrySlug}`, note: m.note })),
      ),
    ];
    expect(notes.length).toBeGreaterThan(60);
    expect(notes.filter((n) => !isBilingual(n.note)).map((n) => n.where)).toEqual([]);
  });
});

describe("the reference collection: links a lesson needs", () => {
  it("gives every link a note in both languages and a source", () => {
    const unsourced = RELATIONS.filter((r) => !r.sourceKey || !isBilingual(r.note));
    expect(unsourced.map((r) => `${r.fromSlug} ${r.type} ${r.toSlug}`)).toEqual([]);
  });

  it("links every memorial to what it commemorates, and every commemorated event is dated and sourced", () => {
    const memorials = published.filter((e) => e.kind === "memorial");
    const commemorating = new Set(RELATIONS.filter((r) => r.type === "commemorates").map((r) => r.fromSlug));
    expect(memorials.filter((m) => !commemorating.has(m.slug)).map((m) => m.slug)).toEqual([]);
    const commemorated = new Set(RELATIONS.filter((r) => r.type === "commemorates").map((r) => r.toSlug));
    const events = ENTRIES.filter((e) => commemorated.has(e.slug));
    expect(events.filter((e) => e.kind !== "event" || !e.date).map((e) => e.slug)).toEqual([]);
  });

  it("has the triptych of Magnitogorsk, Mamayev Kurgan and Treptower Park", () => {
    const linked = (a: string, b: string) =>
      RELATIONS.some((r) => r.type === "related_to" && ((r.fromSlug === a && r.toSlug === b) || (r.fromSlug === b && r.toSlug === a)));
    expect(linked("rear-to-the-front-magnitogorsk", "mamayev-kurgan")).toBe(true);
    expect(linked("mamayev-kurgan", "soviet-war-memorial-treptower-park")).toBe(true);
    expect(linked("rear-to-the-front-magnitogorsk", "soviet-war-memorial-treptower-park")).toBe(true);
  });
});
