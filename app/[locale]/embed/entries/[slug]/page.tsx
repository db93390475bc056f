import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { EmbedFrame } from "@/components/share/embed-frame";
import { getPublishedEntry } from "@/lib/data/entries/get-published-entry";

const loadEntry = cache((slug: string, locale: string) => getPublishedEntry({ slug, locale }));

type Props = { params: Promise<{ slug: string; locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug, locale } = await params;
  const entry = await loadEntry(slug, locale);
  return { title: entry?.text.title, robots: { index: false }, alternates: { canonical: `/${locale}/entries/${slug}` } };
}

/** One entry for another site's page to frame: title, what and when, summary, first image. */
export default async function EmbeddedEntryPage({ params }: Props) {
  const { slug, locale } = await params;
  setRequestLocale(locale);
  const entry = await loadEntry(slug, locale);
  if (!entry) notFound();
  const kinds = await getTranslations("kinds");
  const image = entry.media[0];
  return (
    <EmbedFrame fullPath={`/${locale}/entries/${entry.slug}`}>
      <article lang={entry.text.isFallback ? entry.text.locale : undefined}>
        <h1>{entry.text.title}</h1>
        <p className="meta">{[kinds(entry.kind), entry.dateLabel, entry.text.placeName].filter(Boolean).join(" · ")}</p>
        {entry.text.summary ? <p>{entry.text.summary}</p> : null}
        {image ? (
          <figure>
            <img src={`/media/${image.thumbPath ?? image.filePath}`} alt={image.altText || image.caption} loading="lazy" />
            <figcaption>{image.credit}</figcaption>
          </figure>
        ) : null}
      </article>
    </EmbedFrame>
  );
}
