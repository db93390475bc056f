import type { ZodError } from "zod";
import { CONTENT_LOCALES } from "@/lib/content/locales";
import type { LocalizedNote } from "@/lib/content/localized-note";
import type { ArticleSnapshot } from "@/lib/revisions/article-snapshot";
import type { ArticleEditInput } from "@/lib/validation/article-edit";
import type { ValidationTranslate } from "@/lib/validation/messages";
import { fieldErrors } from "./field-errors";

export const ARTICLE_TEXT_FIELDS = ["title", "excerpt", "body"] as const;
const SCALAR_FIELDS = ["slug", "publisher", "originalTitle", "originalUrl", "publishedDate", "language"] as const;

export interface ArticleMentionValue {
  entrySlug: string;
  note: LocalizedNote;
}

/** Everything the article form holds, as typed: kept through any failure so nothing is lost. */
export interface ArticleFormValues {
  articleId: string;
  expectedVersion: string;
  /** The slug the article had when the form was loaded or last saved: the page's address. */
  savedSlug: string;
  /** "slug", "publishedDate", "en.title", "ru.body", … */
  fields: Record<string, string>;
  mentions: ArticleMentionValue[];
}

/** Mentions travel as parallel lists, one slug and one note per language ("mentionNote.ru") per mentioned entry, in order. */
export function readArticleForm(form: FormData): ArticleFormValues {
  const fields: Record<string, string> = {};
  for (const name of SCALAR_FIELDS) fields[name] = String(form.get(name) ?? "");
  for (const locale of CONTENT_LOCALES)
    for (const name of ARTICLE_TEXT_FIELDS) fields[`${locale}.${name}`] = String(form.get(`${locale}.${name}`) ?? "");
  const notes = Object.fromEntries(CONTENT_LOCALES.map((l) => [l, form.getAll(`mentionNote.${l}`).map(String)]));
  return {
    articleId: String(form.get("articleId") ?? ""),
    expectedVersion: String(form.get("expectedVersion") ?? ""),
    savedSlug: String(form.get("savedSlug") ?? ""),
    fields,
    mentions: form.getAll("mentionSlug").map((slug, index) => ({
      entrySlug: String(slug),
      note: Object.fromEntries(CONTENT_LOCALES.map((l) => [l, notes[l]?.[index] ?? ""])) as LocalizedNote,
    })),
  };
}

/** The form's values in the shape articleEditSchema checks, in the browser and on the server alike. */
export function articleFormInput(values: ArticleFormValues): ArticleEditInput {
  const { fields } = values;
  return {
    ...(Object.fromEntries(SCALAR_FIELDS.map((name) => [name, fields[name] ?? ""])) as Pick<
      ArticleEditInput,
      (typeof SCALAR_FIELDS)[number]
    >),
    translations: Object.fromEntries(
      CONTENT_LOCALES.map((l) => [l, Object.fromEntries(ARTICLE_TEXT_FIELDS.map((n) => [n, fields[`${l}.${n}`] ?? ""]))]),
    ) as ArticleEditInput["translations"],
    mentions: values.mentions,
  };
}

/** Schema issues keyed by the form's field ids ("en.title", not "translations.en.title"). */
export function articleFieldErrors(error: ZodError, t: ValidationTranslate): Record<string, string> {
  return fieldErrors(error, t, (path) => path.replace(/^translations\./, ""));
}

/** The form's starting values: empty for a new article, else the saved one (its stored, sanitized HTML as the body). */
export function articleFormValues(article: { id: string; version: number; snapshot: ArticleSnapshot } | null): ArticleFormValues {
  if (!article) return { articleId: "", expectedVersion: "", savedSlug: "", fields: { language: "en" }, mentions: [] };
  const { snapshot } = article;
  const fields: Record<string, string> = {
    slug: snapshot.slug,
    publisher: snapshot.publisher ?? "",
    originalTitle: snapshot.originalTitle ?? "",
    originalUrl: snapshot.originalUrl ?? "",
    publishedDate: snapshot.publishedDate ?? "",
    language: snapshot.language,
  };
  for (const locale of CONTENT_LOCALES) {
    const text = snapshot.translations[locale];
    fields[`${locale}.title`] = text?.title ?? "";
    fields[`${locale}.excerpt`] = text?.excerpt ?? "";
    fields[`${locale}.body`] = text?.bodyHtml ?? "";
  }
  return {
    articleId: article.id,
    expectedVersion: String(article.version),
    savedSlug: snapshot.slug,
    fields,
    mentions: Object.entries(snapshot.mentions).map(([entrySlug, note]) => ({ entrySlug, note })),
  };
}
