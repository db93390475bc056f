import "server-only";
import { type ArticleAnalysis, articleAnalysisSchema } from "./analysis-schema";
import type { AnalyzeArticleInput } from "./analyze-input";
import { analyzeItem } from "./analyze-item";
import { detectLanguage } from "./detect-language";
import { pageEntryLookup } from "./entry-lookup";
import { withoutRepeatedParagraphs } from "./furniture";
import { readHtmlPage } from "./html-page";
import { splitItems } from "./split-items";
import { readTextPage } from "./text-page";

const MAX_ITEMS = 200;

/**
 * Reads a pasted news page (text or HTML) and proposes, item by item, what a curator may add: the
 * event with its date and place, links to the entries the text names with their relation types,
 * and the people and organisations named. Reads the database, writes nothing.
 */
export async function analyzeArticle(input: AnalyzeArticleInput): Promise<ArticleAnalysis> {
  const page = input.html !== undefined ? readHtmlPage(input.html) : readTextPage(input.text ?? "");
  const pageItems = splitItems(withoutRepeatedParagraphs(page.blocks)).slice(0, MAX_ITEMS);
  const language =
    input.language ?? detectLanguage(pageItems.map((item) => `${item.heading ?? ""} ${item.paragraphs.join(" ")}`).join(" "));
  const context = { language, publishedEdtf: page.publishedEdtf, url: input.url ?? null, lookup: pageEntryLookup() };
  const items: ArticleAnalysis["items"] = [];
  for (const item of pageItems) items.push(await analyzeItem(item, context));
  return articleAnalysisSchema.parse({
    language,
    page: {
      title: page.title?.slice(0, 500) ?? null,
      publisher: page.publisher?.slice(0, 200) ?? null,
      url: input.url ?? null,
      publishedEdtf: page.publishedEdtf,
    },
    items,
  });
}
