import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { JsonLdScript } from "@/components/entries/json-ld-script";
import { MediaGallery } from "@/components/entries/media-gallery";
import { RelatedEntries } from "@/components/entries/related-entries";
import { SourceList } from "@/components/entries/source-list";
import { getPublishedEntry } from "@/lib/data/entries/get-published-entry";
import { ENTRY_KIND_LABELS } from "@/lib/content/entry-kinds";
import { entryJsonLd } from "@/lib/structured-data/entry-json-ld";

const loadEntry = cache((slug: string) => getPublishedEntry({ slug, locale: "en" }));

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const entry = await loadEntry((await params).slug);
  if (!entry) return { title: "Entry not found" };
  const description = entry.text.summary || entry.text.description || `${ENTRY_KIND_LABELS[entry.kind]}${entry.dateLabel ? `, ${entry.dateLabel}` : ""}`;
  return {
    title: entry.text.title,
    description,
    alternates: { canonical: `/entries/${entry.slug}` },
    openGraph: { title: entry.text.title, description, type: "article", url: `/entries/${entry.slug}` },
  };
}

export default async function EntryPage({ params }: Props) {
  const entry = await loadEntry((await params).slug);
  if (!entry) notFound();
  const { text } = entry;
  const aliases = text.aliases.split("\n").filter(Boolean);
  return (
    <article className="entry-page" lang={text.isFallback ? text.locale : undefined}>
      <JsonLdScript data={entryJsonLd(entry, `/entries/${entry.slug}`)} />
      <p className="kind-badge">{ENTRY_KIND_LABELS[entry.kind]}</p>
      <h1>{text.title}</h1>
      {entry.otherNames.length > 0 || aliases.length > 0 ? (
        <p className="other-names">
          Also known as:{" "}
          {[...entry.otherNames.map((n) => ({ title: n.title, lang: n.locale })), ...aliases.map((a) => ({ title: a, lang: text.locale }))].map(
            (name, index) => (
              <span key={`${name.lang}-${name.title}`}>
                {index > 0 ? "; " : ""}
                <span lang={name.lang}>{name.title}</span>
              </span>
            ),
          )}
        </p>
      ) : null}
      <dl className="facts">
        {entry.dateLabel ? (
          <>
            <dt>{entry.kind === "memorial" ? "Opened" : "Date"}</dt>
            <dd>
              {entry.dateLabel}
            </dd>
          </>
        ) : null}
        {text.placeName ? (
          <>
            <dt>Place</dt>
            <dd>{text.placeName}</dd>
          </>
        ) : null}
        {entry.latitude !== null && entry.longitude !== null ? (
          <>
            <dt>Map point</dt>
            <dd>
              {entry.latitude.toFixed(5)}, {entry.longitude.toFixed(5)}
              {entry.locationPrecision !== "exact" ? ` (${entry.locationPrecision === "area" ? "area" : "approximate"})` : ""}{" "}
              <Link href={`/?entry=${entry.slug}`}>Show on the map and timeline</Link>
              {text.locationNote ? <span className="location-note"> {text.locationNote}</span> : null}
            </dd>
          </>
        ) : (
          <>
            <dt>Map point</dt>
            <dd>
              Not on the map.{" "}
              {entry.dateLabel ? <Link href={`/?entry=${entry.slug}`}>Show on the timeline</Link> : null}
            </dd>
          </>
        )}
        {text.authors ? (
          <>
            <dt>Authors</dt>
            <dd>{text.authors}</dd>
          </>
        ) : null}
        {text.dimensions ? (
          <>
            <dt>Size</dt>
            <dd>{text.dimensions}</dd>
          </>
        ) : null}
      </dl>
      {text.isFallback ? <p className="fallback-note">This text is not yet available in your language.</p> : null}
      {text.summary ? <p className="summary">{text.summary}</p> : null}
      {text.description ? <p>{text.description}</p> : null}
      <MediaGallery media={entry.media} />
      <RelatedEntries relations={entry.relations} />
      {entry.articles.length > 0 ? (
        <section aria-labelledby="articles-heading">
          <h2 id="articles-heading">Articles</h2>
          <ul>
            {entry.articles.map((article) => (
              <li key={article.slug}>
                <Link href={`/articles/${article.slug}`}>{article.title}</Link>
                {article.publisher ? <span className="meta"> · {article.publisher}</span> : null}
                {article.dateLabel ? <span className="meta"> · {article.dateLabel}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">Sources</h2>
        <SourceList sources={entry.sources} />
      </section>
    </article>
  );
}
