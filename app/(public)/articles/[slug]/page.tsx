import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { JsonLdScript } from "@/components/entries/json-ld-script";
import { MediaGallery } from "@/components/entries/media-gallery";
import { SourceList } from "@/components/entries/source-list";
import { getPublishedArticle } from "@/lib/data/articles/get-published-article";
import { ENTRY_KIND_LABELS } from "@/lib/content/entry-kinds";
import { articleJsonLd } from "@/lib/structured-data/entry-json-ld";

const loadArticle = cache((slug: string) => getPublishedArticle({ slug, locale: "en" }));

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await loadArticle((await params).slug);
  if (!article) return { title: "Article not found" };
  return {
    title: article.text.title,
    description: article.text.excerpt,
    alternates: { canonical: `/articles/${article.slug}` },
    openGraph: {
      title: article.text.title,
      description: article.text.excerpt,
      type: "article",
      url: `/articles/${article.slug}`,
      publishedTime: article.publishedEdtf ?? undefined,
    },
  };
}

export default async function ArticlePage({ params }: Props) {
  const article = await loadArticle((await params).slug);
  if (!article) notFound();
  return (
    <article className="article-page" lang={article.text.locale}>
      <JsonLdScript data={articleJsonLd(article, `/articles/${article.slug}`)} />
      <p className="kind-badge">Article</p>
      <h1>{article.text.title}</h1>
      <p className="byline">
        {article.publisher ?? "Publisher not recorded"} · {article.dateLabel ?? "Publication date not recorded"}
        {article.originalUrl ? (
          <>
            {" "}
            · <a href={article.originalUrl}>Original</a>
          </>
        ) : null}
      </p>
      {/* Stored only after sanitizing (lib/html/sanitize-article-html.ts). */}
      <div className="article-body" dangerouslySetInnerHTML={{ __html: article.text.bodyHtml }} />
      <MediaGallery media={article.media} />
      {article.mentions.length > 0 ? (
        <section aria-labelledby="mentions-heading">
          <h2 id="mentions-heading">Entries in this article</h2>
          <ul>
            {article.mentions.map((entry) => (
              <li key={entry.id}>
                <Link href={`/entries/${entry.slug}`}>{entry.title}</Link>
                <span className="meta">
                  {" "}
                  · {ENTRY_KIND_LABELS[entry.kind]}
                  {entry.dateLabel ? ` · ${entry.dateLabel}` : ""}
                </span>
                {entry.note ? <span className="note"> — {entry.note}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">Source</h2>
        <SourceList sources={article.sources} />
      </section>
    </article>
  );
}
