import { CONTENT_LOCALES } from "@/lib/content/locales";
import { db } from "@/lib/db";
import type { ArticleSnapshot } from "@/lib/revisions/article-snapshot";
import { type ArticleEdit, articleEditSchema } from "@/lib/validation/article-edit";

/**
 * A stored snapshot as an edit that can be saved again: its stored (sanitized) HTML as the body, and
 * mentions of entries deleted since left out rather than failing the whole restore.
 */
export async function articleSnapshotToEdit(snapshot: ArticleSnapshot): Promise<ArticleEdit> {
  const present = new Set(
    (await db.entry.findMany({ where: { slug: { in: Object.keys(snapshot.mentions) } }, select: { slug: true } })).map((e) => e.slug),
  );
  return articleEditSchema.parse({
    ...snapshot,
    translations: Object.fromEntries(
      CONTENT_LOCALES.map((locale) => {
        const t = snapshot.translations[locale];
        return [locale, t ? { title: t.title, excerpt: t.excerpt, body: t.bodyHtml } : undefined];
      }),
    ),
    mentions: Object.entries(snapshot.mentions)
      .filter(([entrySlug]) => present.has(entrySlug))
      .map(([entrySlug, note]) => ({ entrySlug, note })),
  });
}
