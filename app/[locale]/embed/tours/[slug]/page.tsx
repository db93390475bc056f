import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { HandoutItemLinks } from "@/components/handout/handout-item-links";
import { HandoutMap } from "@/components/handout/handout-map";
import { HandoutTimeline } from "@/components/handout/handout-timeline";
import { EmbedFrame } from "@/components/share/embed-frame";
import { getVisibleTour } from "@/lib/data/tours/get-visible-tour";
import { tourHandoutItems } from "@/lib/handout/tour-handout-items";
import { tourPagePath } from "@/lib/handout/tour-page-path";

type Props = { params: Promise<{ slug: string; locale: string }>; searchParams: Promise<{ t?: string }> };

// Another site's frame carries no one's sign-in: a tour shows when published, or shared and named by its link's token.
const loadTour = cache((slug: string, locale: string, token: string | undefined) => getVisibleTour({ slug, locale, token, viewer: null }));

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { slug, locale } = await params;
  const tour = await loadTour(slug, locale, (await searchParams).t);
  return { title: tour?.title, robots: { index: false }, alternates: { canonical: `/${locale}/tours/${slug}` } };
}

/** A tour for another site's page to frame: its map and timeline drawn without a map library, and each step's text and question. */
export default async function EmbeddedTourPage({ params, searchParams }: Props) {
  const { slug, locale } = await params;
  setRequestLocale(locale);
  const { t: token } = await searchParams;
  const tour = await loadTour(slug, locale, token);
  if (!tour) notFound();
  const handout = await getTranslations("handout");
  const linkToken = tour.status === "published" ? undefined : token;
  const items = tourHandoutItems(tour, locale, linkToken);
  return (
    <EmbedFrame fullPath={tourPagePath(locale, tour.slug, linkToken)}>
      <h1 lang={tour.titleLocale === locale ? undefined : tour.titleLocale}>{tour.title}</h1>
      {tour.introduction ? <p>{tour.introduction}</p> : null}
      <HandoutMap items={items} view={null} label={handout("mapLabel")} />
      <HandoutTimeline items={items} label={handout("timelineLabel")} />
      <HandoutItemLinks items={items} />
    </EmbedFrame>
  );
}
