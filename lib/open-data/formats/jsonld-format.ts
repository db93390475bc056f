import { pickTranslation } from "@/lib/content/pick-translation";
import { entryJsonLd } from "@/lib/structured-data/entry-json-ld";
import type { ExportedEntry } from "../open-data-entry";
import { type ExportContext, type ExportFormat, jsonArrayItems } from "./export-format";

const SCHEMA_ORG = "https://schema.org";

/** The same schema.org description as the entry's page carries, without its own @context (the graph has one). */
function entryNode(entry: ExportedEntry, context: ExportContext): Record<string, unknown> | null {
  const translations = Object.entries(entry.texts).map(([locale, texts]) => ({ locale, ...texts }));
  const text = pickTranslation(translations, context.locale);
  if (!text) return null;
  const { "@context": _, ...node } = entryJsonLd(
    {
      kind: entry.kind,
      latitude: entry.latitude,
      longitude: entry.longitude,
      wikidataId: entry.wikidataId,
      date: entry.period,
      text: { ...text, aliases: text.aliases.join("\n") },
      otherNames: translations.filter((t) => t.locale !== text.locale),
      articles: (entry.articles ?? []).map((article) => ({
        slug: article.slug,
        title:
          pickTranslation(
            Object.entries(article.titles).map(([locale, title]) => ({ locale, title: title ?? "" })),
            context.locale,
          )?.title ?? article.slug,
      })),
    },
    context.pageUrl(entry.slug),
    context.openingName(text.title),
  );
  return node;
}

/** One JSON-LD document: a schema.org @graph with a node per entry, named in the requested language. */
export const jsonldFormat: ExportFormat = {
  extension: "jsonld",
  contentType: "application/ld+json",
  withArticles: true,
  writer(context) {
    const items = jsonArrayItems();
    return {
      head: () => `{"@context":"${SCHEMA_ORG}","@graph":[\n`,
      page: (entries) => items(entries.flatMap((entry) => entryNode(entry, context) ?? [])),
      tail: () => "\n]}\n",
    };
  },
};
