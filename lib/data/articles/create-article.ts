import { db } from "@/lib/db";
import { articleBodyToHtml } from "@/lib/html/sanitize-article-html";
import { articleInputSchema, type ArticleInput } from "@/lib/validation/article";
import { AppError } from "../errors";
import { writeArticleSearchDocuments } from "@/lib/search/search-documents";
import { resolveSourceIds } from "../sources/resolve-source-ids";

export async function createArticle(input: ArticleInput): Promise<{ id: string; slug: string }> {
  const article = articleInputSchema.parse(input);
  return db.$transaction(async (tx) => {
    const slugs = article.mentions.map((m) => m.entrySlug);
    const entries = await tx.entry.findMany({ where: { slug: { in: slugs } }, select: { id: true, slug: true } });
    const missing = slugs.filter((s) => !entries.some((e) => e.slug === s));
    if (missing.length) throw new AppError("NOT_FOUND", `No entry: ${missing.join(", ")}`);
    const sourceIds = await resolveSourceIds(tx, article.citations.map((c) => c.sourceKey));
    const created = await tx.article.create({
      data: {
        slug: article.slug,
        status: article.status,
        publisher: article.publisher,
        originalUrl: article.originalUrl,
        publishedEdtf: article.publishedDate,
        language: article.language,
        publishedAt: article.status === "published" ? new Date() : null,
        translations: {
          create: Object.entries(article.translations).map(([locale, text]) => ({
            locale,
            title: text.title,
            excerpt: text.excerpt,
            bodyHtml: articleBodyToHtml(text.body),
          })),
        },
        mentions: {
          create: article.mentions.map((m) => ({ entryId: entries.find((e) => e.slug === m.entrySlug)!.id, note: m.note })),
        },
        citations: {
          create: article.citations.map((c) => ({ sourceId: sourceIds.get(c.sourceKey)!, field: c.field, note: c.note })),
        },
      },
      select: { id: true, slug: true },
    });
    await writeArticleSearchDocuments(tx, created.id);
    return created;
  });
}
