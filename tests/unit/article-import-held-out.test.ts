import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "./test-database";

// The data layer binds to DATABASE_URL when "@/lib/db" is first loaded: import it only after this.
setupTestDatabase();
const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
const { analyzeArticle } = await import("@/lib/article-import/analyze");

type Item = Awaited<ReturnType<typeof analyzeArticle>>["items"][number];

interface ExpectedLink {
  from: string;
  type: string | string[];
  to: string;
}
interface ExpectedItem {
  title: string;
  date: { edtf: string; precision: string } | null;
  place: { entrySlug: string } | { name: string } | null;
  links: ExpectedLink[];
  mayMention?: string[];
}
interface Page {
  id: string;
  text: string;
  items: ExpectedItem[];
}

const CORPUS = path.join(__dirname, "fixtures", "article-import-held-out", "pages.json");
const { pages } = JSON.parse(fs.readFileSync(CORPUS, "utf8")) as { pages: Page[] };

/** Hits out of tries, per field the corpus scores. */
type Score = Record<"items" | "title" | "eventTitle" | "date" | "place" | "links", { hits: number; of: number }> & {
  falseLinks: number;
};

/**
 * The share of the held-out corpus the analysis must get right, per field (the test prints what it
 * gets). Raise a floor when the analysis gets better; never lower one to let a change through.
 */
const FLOORS = { items: 1, title: 1, eventTitle: 1, date: 1, place: 1, links: 1 };
const MAX_FALSE_LINKS = 0;

const fromOf = (link: Item["links"][number]) => ("entrySlug" in link.from ? link.from.entrySlug : "event");
const types = (link: ExpectedLink) => (Array.isArray(link.type) ? link.type : [link.type]);

function scoreItem(item: Item | undefined, expected: ExpectedItem, score: Score, misses: string[]): void {
  const title = new RegExp(expected.title, "iu");
  const tally = (field: Exclude<keyof Score, "falseLinks">, hit: boolean, what: string) => {
    score[field].of++;
    if (hit) score[field].hits++;
    else misses.push(`${field}: ${what}`);
  };
  tally("items", !!item, "missing");
  const eventTitle = item?.event ? (item.event.title.en ?? item.event.title.ru ?? "") : "";
  tally("title", !!item && title.test(item.title), `${item?.title} !~ ${expected.title}`);
  tally("eventTitle", title.test(eventTitle), `${eventTitle} !~ ${expected.title}`);
  const date = item?.date ? { edtf: item.date.edtf, precision: item.date.precision } : null;
  tally("date", JSON.stringify(date) === JSON.stringify(expected.date), `${JSON.stringify(date)}`);
  const place = item?.place ?? null;
  const placeHit =
    expected.place === null
      ? place === null
      : "entrySlug" in expected.place
        ? place?.entrySlug === expected.place.entrySlug
        : !!place && new RegExp(expected.place.name, "iu").test(place.name);
  tally("place", placeHit, `${place ? `${place.name} (${place.entrySlug})` : "null"}`);
  const links = item?.links ?? [];
  for (const want of expected.links) {
    const hit = links.some(
      (link) => fromOf(link) === want.from && link.to.entrySlug === want.to && types(want).includes(link.relationType),
    );
    const got = links.filter((link) => link.to.entrySlug === want.to).map((link) => `${fromOf(link)} ${link.relationType}`);
    tally("links", hit, `${want.from} ${types(want).join("|")} ${want.to} (got: ${got.join(", ") || "none"})`);
  }
  const allowed = new Set([...expected.links.map((link) => link.to), ...(expected.mayMention ?? [])]);
  for (const link of links) {
    const listed = expected.links.some(
      (want) => want.from === fromOf(link) && want.to === link.to.entrySlug && types(want).includes(link.relationType),
    );
    const plainMention = link.relationType === "mentions" && allowed.has(link.to.entrySlug);
    if (listed || plainMention) continue;
    score.falseLinks++;
    misses.push(`false link: ${fromOf(link)} ${link.relationType} ${link.to.entrySlug} ("${link.matched}")`);
  }
}

describe("article analysis on held-out news", { timeout: 300_000 }, () => {
  const score: Score = {
    items: { hits: 0, of: 0 },
    title: { hits: 0, of: 0 },
    eventTitle: { hits: 0, of: 0 },
    date: { hits: 0, of: 0 },
    place: { hits: 0, of: 0 },
    links: { hits: 0, of: 0 },
    falseLinks: 0,
  };

  // Seeding the whole collection takes several seconds, more on a busy machine.
  beforeAll(async () => {
    await seedReferenceData();
    const report: string[] = [];
    for (const page of pages) {
      const analysis = await analyzeArticle({ text: page.text });
      const misses: string[] = [];
      for (const [i, expected] of page.items.entries()) scoreItem(analysis.items[i], expected, score, misses);
      if (analysis.items.length !== page.items.length) misses.push(`items: ${analysis.items.length}, expected ${page.items.length}`);
      if (misses.length > 0) report.push(`${page.id}\n  ${misses.join("\n  ")}`);
    }
    const fields = Object.entries(score)
      .map(([field, value]) => (typeof value === "number" ? `${field} ${value}` : `${field} ${value.hits}/${value.of}`))
      .join(", ");
    console.log(`held-out score: ${fields}\n${report.join("\n")}`);
  }, 300_000);

  it("holds a corpus of at least 16 items, half of them Russian", () => {
    const items = pages.flatMap((page) => page.items.map(() => /[\u0400-\u04ff]/.test(page.text)));
    expect(items.length).toBeGreaterThanOrEqual(16);
    expect(items.filter(Boolean).length).toBeGreaterThanOrEqual(8);
    expect(items.filter((russian) => !russian).length).toBeGreaterThanOrEqual(8);
  });

  it.each(Object.entries(FLOORS))("gets %s right at least as often as its floor", (field, floor) => {
    const { hits, of } = score[field as keyof typeof FLOORS];
    expect(hits / of).toBeGreaterThanOrEqual(floor);
  });

  it("proposes few links a curator would reject", () => {
    expect(score.falseLinks).toBeLessThanOrEqual(MAX_FALSE_LINKS);
  });
});
