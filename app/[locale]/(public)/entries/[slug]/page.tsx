import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { EntryArticleItem } from "@/components/entries/entry-article-item";
import { JsonLdScript } from "@/components/entries/json-ld-script";
import { MediaGallery } from "@/components/entries/media-gallery";
import { RelatedEntries } from "@/components/entries/related-entries";
import { SourceList } from "@/components/entries/source-list";
import { EntryDownloads } from "@/components/open-data/entry-downloads";
import { ShareButton } from "@/components/share/share-button";
import { Link } from "@/i18n/navigation";
import { getPublishedEntry } from "@/lib/data/entries/get-published-entry";
import { linkPreview } from "@/lib/share/link-preview";
import { siteOrigin } from "@/lib/share/site-origin";
import { absoluteUrl, languageAlternates } from "@/lib/site-url";
import { entryJsonLd } from "@/lib/structured-data/entry-json-ld";

const loadEntry = cache((slug: string, locale: string) => getPublishedEntry({ slug, locale }));

type Props = { params: Promise<{ slug: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, locale } = await params;
  const entry = await loadEntry(slug, locale);
  const t = await getTranslations({ locale, namespace: "entry" });
  if (!entry) return { title: t("notFoundTitle") };
  const kinds = await getTranslations({ locale, namespace: "kinds" });
  const description = entry.text.summary || entry.text.description || [kinds(entry.kind), entry.dateLabel].filter(Boolean).join(", ");
  const path = `/${locale}/entries/${entry.slug}`;
  const image = entry.media[0];
  const preview = linkPreview({
    origin: siteOrigin(await headers()),
    path,
    title: entry.text.title,
    description,
    image: image ? { path: `/media/${image.filePath}`, width: image.width, height: image.height, alt: image.altText } : null,
  });
  return {
    title: entry.text.title,
    description,
    alternates: { canonical: path, languages: languageAlternates(`/entries/${entry.slug}`) },
    openGraph: { ...preview.openGraph, type: "article", locale },
    twitter: preview.twitter,
  };
}

export default async function EntryPage({ params }: Props) {
  const { slug, locale } = await params;
  setRequestLocale(locale);
  const entry = await loadEntry(slug, locale);
  if (!entry) notFound();
  const t = await getTranslations("entry");
  const links = await getTranslations("entryLinks");
  const kinds = await getTranslations("kinds");
  const compare = await getTranslations("compare");
  const { text } = entry;
  const aliases = text.aliases.split("\n").filter(Boolean);
  const names = [
    ...entry.otherNames.map((n) => ({ title: n.title, lang: n.locale })),
    ...aliases.map((a) => ({ title: a, lang: text.locale })),
  ];
  const hasPoint = entry.latitude !== null && entry.longitude !== null;
  return (
    <article className="entry-page" lang={text.isFallback ? text.locale : undefined}>
      <JsonLdScript data={entryJsonLd(entry, absoluteUrl(`/${locale}/entries/${entry.slug}`), t("openingOf", { title: text.title }))} />
      <p className="kind-badge">{kinds(entry.kind)}</p>
      <h1>{text.title}</h1>
      <ShareButton path={`/${locale}/entries/${entry.slug}`} embedPath={`/${locale}/embed/entries/${entry.slug}`} title={text.title} />
      {names.length > 0 ? (
        <p className="other-names">
          {t("alsoKnownAs")}{" "}
          {names.map((name, index) => (
            <span key={`${name.lang}-${name.title}`}>
              {index > 0 ? "; " : ""}
              <span lang={name.lang}>{name.title}</span>
            </span>
          ))}
        </p>
      ) : null}
      <dl className="facts">
        {entry.dateLabel ? (
          <>
            <dt>{entry.kind === "memorial" ? t("opened") : t("date")}</dt>
            <dd>{entry.dateLabel}</dd>
          </>
        ) : null}
        {text.placeName ? (
          <>
            <dt>{t("place")}</dt>
            <dd>{text.placeName}</dd>
          </>
        ) : null}
        <dt>{t("mapPoint")}</dt>
        {hasPoint ? (
          <dd>
            {entry.latitude!.toFixed(5)}, {entry.longitude!.toFixed(5)}
            {entry.locationPrecision !== "exact" ? ` (${entry.locationPrecision === "area" ? t("area") : t("approximate")})` : ""}{" "}
            <Link href={{ pathname: "/", query: { entry: entry.slug } }}>{t("showOnMap")}</Link>
            {text.locationNote ? <span className="location-note"> {text.locationNote}</span> : null}
          </dd>
        ) : (
          <dd>
            {t("notOnMap")}{" "}
            {entry.dateLabel ? <Link href={{ pathname: "/", query: { entry: entry.slug } }}>{t("showOnTimeline")}</Link> : null}
          </dd>
        )}
        {text.authors ? (
          <>
            <dt>{t("authors")}</dt>
            <dd>{text.authors}</dd>
          </>
        ) : null}
        {text.dimensions ? (
          <>
            <dt>{t("size")}</dt>
            <dd>{text.dimensions}</dd>
          </>
        ) : null}
      </dl>
      {entry.kind === "memorial" ? (
        <p>
          <Link href={{ pathname: "/compare", query: { entries: entry.slug } }}>{compare("compareThis")}</Link>
        </p>
      ) : null}
      {text.isFallback ? <p className="fallback-note">{t("fallbackNote")}</p> : null}
      {text.summary ? <p className="summary">{text.summary}</p> : null}
      {text.description ? <p>{text.description}</p> : null}
      <MediaGallery media={entry.media} />
      <RelatedEntries entrySlug={entry.slug} relations={entry.relations} groups={entry.relationGroups} />
      {entry.articles.length > 0 ? (
        <section aria-labelledby="articles-heading">
          <h2 id="articles-heading">{t("articles")}</h2>
          <ul>
            {entry.articles.map((article) => (
              <EntryArticleItem key={article.slug} article={article} />
            ))}
          </ul>
          {entry.articleCount > entry.articles.length ? (
            <p>
              <Link href={`/entries/${entry.slug}/articles`}>{links("allArticles", { count: entry.articleCount })}</Link>
            </p>
          ) : null}
        </section>
      ) : null}
      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading">{t("sources")}</h2>
        <SourceList sources={entry.sources} />
      </section>
      <EntryDownloads slug={entry.slug} locale={locale} />
    </article>
  );
}
