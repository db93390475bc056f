"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";

export interface ArticleBodyPreviewProps {
  /** Sanitized by the server (the stored body, or the sanitizer's answer to "Preview"); null before either. */
  html: string | null;
  /** The language's name, in the interface language. */
  language: string;
  uiLocale: string;
  textLocale: string;
  pending: boolean;
  onPreview: () => void;
}

/** The body as visitors will get it: sanitized HTML, shown after a save or when asked for. */
export function ArticleBodyPreview({ html, language, uiLocale, textLocale, pending, onPreview }: ArticleBodyPreviewProps) {
  const t = useTranslations("articleEditor.preview");
  const headingId = useId();
  return (
    <section className="article-body-preview" aria-labelledby={headingId} lang={uiLocale}>
      <h4 id={headingId}>{t("heading", { language })}</h4>
      <button type="button" onClick={onPreview} disabled={pending}>
        {t("show", { language })}
      </button>
      {html !== null ? (
        html ? (
          // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized on the server by the same function that stores article bodies
          <div className="article-body" lang={textLocale} dangerouslySetInnerHTML={{ __html: html }} />
        ) : (
          <p>{t("empty")}</p>
        )
      ) : null}
    </section>
  );
}
