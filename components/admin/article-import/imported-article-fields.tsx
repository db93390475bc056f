"use client";

import { useTranslations } from "next-intl";
import { FieldError, fieldDescription } from "@/components/admin/field-error";
import { QUOTATION_MAX } from "@/lib/article-import/review-decisions";
import type { ReviewForm } from "@/lib/article-import/review-initial-decisions";
import { CONTENT_LOCALES } from "@/lib/content/locales";
import { ReviewField } from "./review-field";

type ArticleForm = ReviewForm["article"];

/** The article as it will be stored: our own title and summary, one short quotation, the original's attribution. */
export function ImportedArticleFields({
  article,
  errors,
  onChange,
}: {
  article: ArticleForm;
  errors: Record<string, string>;
  onChange: (article: ArticleForm) => void;
}) {
  const t = useTranslations("articleImport.article");
  const set = (change: Partial<ArticleForm>) => onChange({ ...article, ...change });
  return (
    <fieldset className="imported-article">
      <legend>{t("heading")}</legend>
      <p className="hint">{t("hint")}</p>
      <ReviewField
        name="article.title.en"
        label={t("titleEn")}
        value={article.title.en}
        onChange={(en) => set({ title: { ...article.title, en } })}
        errors={errors}
      />
      <ReviewField
        name="article.summary.en"
        label={t("summaryEn")}
        value={article.summary.en}
        onChange={(en) => set({ summary: { ...article.summary, en } })}
        errors={errors}
        rows={4}
      />
      <ReviewField
        name="article.title.ru"
        label={t("titleRu")}
        value={article.title.ru}
        onChange={(ru) => set({ title: { ...article.title, ru } })}
        errors={errors}
        lang="ru"
      />
      <ReviewField
        name="article.summary.ru"
        label={t("summaryRu")}
        value={article.summary.ru}
        onChange={(ru) => set({ summary: { ...article.summary, ru } })}
        errors={errors}
        rows={4}
      />
      <ReviewField
        name="article.quotation"
        label={t("quotation", { max: QUOTATION_MAX })}
        value={article.quotation}
        onChange={(quotation) => set({ quotation })}
        errors={errors}
        rows={2}
      />
      <ReviewField
        name="article.originalTitle"
        label={t("originalTitle")}
        value={article.originalTitle}
        onChange={(originalTitle) => set({ originalTitle })}
        errors={errors}
      />
      <ReviewField
        name="article.publisher"
        label={t("publisher")}
        value={article.publisher}
        onChange={(publisher) => set({ publisher })}
        errors={errors}
      />
      <ReviewField
        name="article.originalUrl"
        label={t("originalUrl")}
        type="url"
        value={article.originalUrl}
        onChange={(originalUrl) => set({ originalUrl })}
        errors={errors}
      />
      <ReviewField
        name="article.publishedDate"
        label={t("publishedDate")}
        value={article.publishedDate}
        onChange={(publishedDate) => set({ publishedDate })}
        errors={errors}
      />
      <div className="field">
        <label htmlFor="article.language">{t("language")}</label>
        <select
          id="article.language"
          name="article.language"
          value={article.language}
          onChange={(e) => set({ language: e.target.value as ArticleForm["language"] })}
          {...fieldDescription("article.language", errors)}
        >
          {CONTENT_LOCALES.map((locale) => (
            <option key={locale} value={locale}>
              {t(`languages.${locale}`)}
            </option>
          ))}
        </select>
        <FieldError name="article.language" errors={errors} />
      </div>
    </fieldset>
  );
}
