import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { ARTICLES } from "@/prisma/seed/articles";
import fingerprints from "./fixtures/source-news-fingerprints.json";
import { fingerprint, sentenceHashes, shingleHashes, splitSentences } from "./fixtures/text-fingerprint";
import { SOURCE_NEWS } from "./fixtures/write-source-news-fingerprints";

/**
 * The reference articles summarise shared/reference/source-news.txt in our own words. That page
 * is not stored here: only the hashes of its sentences and of its runs of eight words are
 * (fixtures/source-news-fingerprints.json), and the article texts are tested against them.
 */
const QUOTATION = /<(q|blockquote)\b[^>]*>([\s\S]*?)<\/\1>/gi;
const sourceSentences = new Set(fingerprints.sentences);
const sourceShingles = new Set(fingerprints.shingles);

function plainText(html: string): string {
  return html
    .replace(/<\/(p|h[2-4]|li|blockquote|figcaption)>/gi, "\n")
    .replace(/<[^>]+>/g, " ")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&amp;/g, "&");
}

const texts = ARTICLES.flatMap((article) =>
  Object.entries(article.translations).flatMap(([locale, t]) => [
    { name: `${article.slug} (${locale}) title`, html: t!.title },
    { name: `${article.slug} (${locale}) excerpt`, html: t!.excerpt ?? "" },
    { name: `${article.slug} (${locale}) body`, html: t!.body ?? "" },
  ]),
);

describe("reference articles are summaries in our own words", () => {
  it("has the fingerprints of the page it summarises, up to date where the page is kept", () => {
    expect(fingerprints.sentences.length).toBeGreaterThan(10);
    if (!fs.existsSync(SOURCE_NEWS)) return;
    expect(fingerprint(fs.readFileSync(SOURCE_NEWS, "utf8"))).toEqual(fingerprints);
  });

  it("catches a copied sentence and a copied run of words", () => {
    // Guards the guard: the page's first sentence, as published, must be recognised.
    const copied =
      "On June 6, 2024, in Almaty, a meeting of the CSTO Committee of Secretaries of Security Council was held under the chairmanship of the Republic of Kazakhstan.";
    expect(sentenceHashes(copied).some((h) => sourceSentences.has(h))).toBe(true);
    expect(shingleHashes(`Reportedly, ${copied.toUpperCase()} Then more.`).some((h) => sourceShingles.has(h))).toBe(true);
  });

  it.each(texts)("$name copies no sentence and no run of eight words outside a marked quotation", ({ html }) => {
    const unquoted = plainText(html.replace(QUOTATION, " "));
    const copiedSentences = splitSentences(unquoted).filter((s) => sentenceHashes(s).some((h) => sourceSentences.has(h)));
    expect(copiedSentences).toEqual([]);
    const copiedRuns = shingleHashes(unquoted).filter((h) => sourceShingles.has(h));
    expect(copiedRuns).toEqual([]);
  });

  it.each(ARTICLES.map((a) => ({ slug: a.slug, article: a })))("$slug quotes at most one short passage in each language", ({ article }) => {
    for (const t of Object.values(article.translations)) {
      const quotations = [...`${t!.excerpt ?? ""} ${t!.body ?? ""}`.matchAll(QUOTATION)].map((m) => plainText(m[2]!));
      expect(quotations.length).toBeLessThanOrEqual(1);
      for (const quotation of quotations) expect(splitSentences(quotation).length).toBeLessThanOrEqual(1);
    }
  });
});
