import type { StaffUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import type { ArticleSnapshot } from "@/lib/revisions/article-snapshot";
import { articleEditSchema } from "@/lib/validation/article-edit";
import { updateArticle } from "./update-article";

/**
 * Saves an old revision's content again, as a new revision (the status stays as it is now). Curators
 * only. Mentions of entries deleted since are left out rather than failing the whole restore.
 */
export async function restoreArticleRevision(input: {
  articleId: string;
  version: number;
  expectedVersion: number;
  actor: StaffUser;
}): Promise<{ version: number }> {
  if (!can(input.actor.role, "entries.publish")) throw new AppError("FORBIDDEN");
  const revision = await db.articleRevision.findUnique({
    where: { articleId_version: { articleId: input.articleId, version: input.version } },
    select: { snapshot: true },
  });
  if (!revision) throw new AppError("NOT_FOUND", `There is no revision ${input.version} of this article.`);
  const snapshot = JSON.parse(revision.snapshot) as ArticleSnapshot;
  const text = (locale: "en" | "ru") => {
    const t = snapshot.translations[locale];
    return t ? { title: t.title, excerpt: t.excerpt, body: t.bodyHtml } : undefined;
  };
  const present = new Set(
    (await db.entry.findMany({ where: { slug: { in: Object.keys(snapshot.mentions) } }, select: { slug: true } })).map((e) => e.slug),
  );
  const edit = articleEditSchema.parse({
    ...snapshot,
    translations: { en: text("en"), ru: text("ru") },
    mentions: Object.entries(snapshot.mentions)
      .filter(([entrySlug]) => present.has(entrySlug))
      .map(([entrySlug, note]) => ({ entrySlug, note })),
  });
  return updateArticle({ articleId: input.articleId, expectedVersion: input.expectedVersion, edit, actor: input.actor, action: "restore" });
}
