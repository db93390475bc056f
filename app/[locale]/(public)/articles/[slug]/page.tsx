import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { JsonLdScript } from "@/components/entries/json-ld-script";
import { MediaGallery } from "@/components/entries/media-gallery";
import { SourceList } from "@/components/entries/source-list";
import { ShareButton } from "@/components/share/share-button";
import { Link } from "@/i18n/navigation";
import { getPublishedArticle } from "@/lib/data/articles/get-published-article";
import { linkPreview } from "@/lib/share/link-preview";
import { siteOrigin } from "@/lib/share/site-origin";
import { absoluteUrl, languageAlternates } from "@/lib/site-url";
import { articleJsonLd } from "@/lib/structured-data/entry-json-ld";

const loadArticle = cache((slug: string, locale: string) => getPublishedArticle({ slug, locale }));

type Props = { params: Promise<{ slug: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, locale } = await params;
  const article = await loadArticle(slug, locale);
  if (!article) return { title: (await getTranslations({ locale, namespace: "article" }))("notFoundTitle") };
  const path = `/${locale}/articles/${article.slug}`;
  const image = article.media[0];
  const preview = linkPreview({
    origin: siteOrigin(await headers()),
    path,
    title: article.text.title,
    description: article.text.excerpt,
    image: image ? { path: `/media/${image.filePath}`, width: image.width, height: image.height, alt: image.altText } : null,
  });
  return {
    title: article.text.title,
    description: article.text.excerpt,
    alternates: { canonical: path, languages: languageAlternates(`/articles/${article.slug}`) },
    openGraph: { ...preview.openGraph, type: "article", locale, publishedTime: article.publishedEdtf ?? undefined },
    twitter: preview.twitter,
  };
}

export default async function ArticlePage({ params }: Props) {
  const { slug, locale } = await params;
  setRequestLocale(locale);
  const article = await loadArticle(slug, locale);
  if (!article) notFound();
  const t = await getTranslations("article");
  const kinds = await getTranslations("kinds");
  return (
    <article className="article-page">
      <JsonLdScript data={articleJsonLd(article, absoluteUrl(`/${locale}/articles/${article.slug}`))} />
      <p className="kind-badge">{t("badge")}</p>
      <div lang={article.text.locale}>
        <h1>{article.text.title}</h1>
      </div>
      <ShareButton path={`/${locale}/articles/${article.slug}`} title={article.text.title} />
      <p className="byline">
        {article.publisher ?? t("publisherUnknown")} · {article.dateLabel ?? t("dateUnknown")}
        {article.originalUrl ? (
          <>
            {" "}
            ·{" "}
            <a href={article.originalUrl}>
              {article.originalTitle ? t("originalTitled", { title: article.originalTitle }) : t("original")}
            </a>
          </>
        ) : article.originalTitle ? (
          <> · {t("originalTitled", { title: article.originalTitle })}</>
        ) : null}
      </p>
      {/* Stored only after sanitizing (lib/html/sanitize-article-html.ts). */}
      {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the body was sanitized (lib/html/sanitize-article-html.ts) when it was stored */}
      <div className="article-body" lang={article.text.locale} dangerouslySetInnerHTML={{ __html: article.text.bodyHtml }} />
      <MediaGallery media={article.media} />
      {article.mentions.length > 0 ? (
        <section aria-labelledby="mentions-heading">
          <h2 id="mentions-heading">{t("mentions")}</h2>
          <ul>
            {article.mentions.map((entry) => (
              <li key={entry.id}>
                <Link href={`/entries/${entry.slug}`} lang={entry.titleLocale}>
                  {entry.title}
                </Link>
                <span className="meta">
                  {" "}
                  · {kinds(entry.kind)}
                  {entry.dateLabel ? ` · ${entry.dateLabel}` : ""}
                </span>
                {entry.note ? <span className="note"> — {entry.note}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">{t("source")}</h2>
        <SourceList sources={article.sources} />
      </section>
    </article>
  );
}
