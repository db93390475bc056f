import sanitizeHtml from "sanitize-html";
import type { StaffUser } from "@/lib/auth/current-user";
import { mayEditInStatus } from "@/lib/content/curator-only-statuses";
import { CONTENT_LOCALES } from "@/lib/content/locales";
import { type LocalizedNote, noteColumns } from "@/lib/content/localized-note";
import { ARTICLE } from "@/lib/data/articles/article-record";
import { createArticle } from "@/lib/data/articles/create-article";
import { recordPartnerRevisions } from "@/lib/data/publishing/record-partner-revisions";
import type { Transaction } from "@/lib/data/transaction";
import { AppError } from "@/lib/errors/app-error";
import type { ImportedArticleOrigin } from "./apply-article-source";
import { freeSlugs } from "./apply-free-slugs";
import type { ArticleImportOutcome } from "./apply-outcome";
import type { ArticleImportDecisions } from "./review-decisions";

export interface Mention {
  slug: string;
  note: LocalizedNote;
}

const plain = (text: string) => sanitizeHtml(text, { allowedTags: [], allowedAttributes: {} });

/** Our summary as paragraphs, and the one quotation, marked as a quotation, in the original's language. */
function body(summary: string, quotation: string): string {
  const paragraphs = summary
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `<p>${plain(p)}</p>`);
  return [...paragraphs, ...(quotation ? [`<blockquote><p>${plain(quotation)}</p></blockquote>`] : [])].join("");
}

/**
 * The article as a draft: our title and summary, the quotation, the original's title, publisher and
 * address, citing the original's source, mentioning `mentions`. An article an earlier import made is
 * kept as its curator left it; only mentions it lacks are added, as a new version with its revision.
 */
export async function writeImportedArticle(
  tx: Transaction,
  decisions: ArticleImportDecisions,
  origin: ImportedArticleOrigin,
  mentions: readonly Mention[],
  actor: StaffUser,
): Promise<Pick<ArticleImportOutcome, "article" | "mentions">> {
  if (origin.existing) return addMentions(tx, origin.existing, mentions, actor);
  const { article } = decisions;
  const titled = CONTENT_LOCALES.filter((l) => article.title[l] !== "");
  const quotedIn = titled.includes(article.language) ? article.language : titled[0];
  const [slug] = await freeSlugs(
    [article.title[titled[0]!]],
    async (candidates) =>
      new Set((await tx.article.findMany({ where: { slug: { in: candidates } }, select: { slug: true } })).map((row) => row.slug)),
  );
  const created = await createArticle(
    {
      slug: slug!,
      status: "draft",
      publisher: article.publisher,
      originalTitle: article.originalTitle,
      originalUrl: article.originalUrl,
      publishedDate: article.publishedDate,
      language: article.language,
      translations: Object.fromEntries(
        titled.map((l) => [l, { title: article.title[l], body: body(article.summary[l], l === quotedIn ? article.quotation : "") }]),
      ),
      mentions: mentions.map((m) => ({ entrySlug: m.slug, note: m.note })),
      citations: [{ sourceKey: origin.sourceKey, field: "text" }],
    },
    actor,
    tx,
  );
  return { article: { slug: created.slug, created: true }, mentions: mentions.map((m) => ({ slug: m.slug, created: true })) };
}

async function addMentions(
  tx: Transaction,
  existing: NonNullable<ImportedArticleOrigin["existing"]>,
  mentions: readonly Mention[],
  actor: StaffUser,
): Promise<Pick<ArticleImportOutcome, "article" | "mentions">> {
  const entries = await tx.entry.findMany({ where: { slug: { in: mentions.map((m) => m.slug) } }, select: { id: true, slug: true } });
  const idOf = new Map(entries.map((e) => [e.slug, e.id]));
  const had = new Set(
    (await tx.articleMention.findMany({ where: { articleId: existing.id }, select: { entryId: true } })).map((m) => m.entryId),
  );
  const added = mentions.filter((m) => !had.has(idOf.get(m.slug) ?? ""));
  if (added.length > 0) {
    if (!mayEditInStatus(actor.role, existing.status)) throw new AppError("FORBIDDEN", { key: "publishedByCurators" });
    await tx.articleMention.createMany({
      data: added.map((m) => ({ articleId: existing.id, entryId: idOf.get(m.slug)!, ...noteColumns(m.note) })),
    });
    await recordPartnerRevisions(tx, ARTICLE, { partners: [existing.id], actor, linkedFrom: existing.slug });
  }
  const isAdded = new Set(added.map((m) => m.slug));
  return {
    article: { slug: existing.slug, created: false },
    mentions: mentions.map((m) => ({ slug: m.slug, created: isAdded.has(m.slug) })),
  };
}
