import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { HandoutControls } from "@/components/handout/handout-controls";
import { HandoutSheet } from "@/components/handout/handout-sheet";
import { ShareButton } from "@/components/share/share-button";
import { ShareCurrentView } from "@/components/share/share-current-view";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getViewHandout } from "@/lib/data/handout/get-view-handout";
import { getVisibleTour } from "@/lib/data/tours/get-visible-tour";
import { mayViewTour } from "@/lib/data/tours/may-view-tour";
import {
  type HandoutTour,
  type Paper,
  readHandoutParams,
  readHandoutTour,
  searchParamsOf,
  tourHandoutView,
} from "@/lib/handout/handout-params";
import { tourHandoutItems } from "@/lib/handout/tour-handout-items";
import { tourPagePath } from "@/lib/handout/tour-page-path";
import { siteOrigin } from "@/lib/share/site-origin";
import type { ExplorerUrlState } from "@/lib/url-state/explorer-url-state";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "handout" });
  return { title: t("title"), robots: { index: false } };
}

/**
 * A printable handout, with a PDF of it: of a tour (`?tour=<slug>`, its steps with the teacher's
 * narrative and questions) or of an explorer view (the explorer's own parameters).
 */
export default async function HandoutPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = searchParamsOf(await searchParams);
  const { state, paper, view } = readHandoutParams(query);
  const tour = readHandoutTour(query);
  const origin = siteOrigin(await headers());
  return tour ? (
    <TourHandout tour={tour} paper={paper} locale={locale} origin={origin} />
  ) : (
    <ViewHandout state={state} view={view} paper={paper} locale={locale} origin={origin} />
  );
}

type Common = { paper: Paper; locale: string; origin: string };

async function TourHandout({ tour: asked, paper, locale, origin }: Common & { tour: HandoutTour }) {
  const tour = await getVisibleTour({ slug: asked.slug, locale, token: asked.token, viewer: await getCurrentUser() });
  if (!tour) notFound();
  const token = tour.status === "published" ? undefined : asked.token;
  const tourPath = tourPagePath(locale, tour.slug, token);
  return (
    <>
      {/* The PDF is printed by a browser with no one signed in: it can open a published tour or one shared by its link. */}
      <HandoutControls
        locale={locale}
        view={tourHandoutView({ slug: tour.slug, token })}
        paper={paper}
        pdf={mayViewTour(tour, null, token)}
      >
        <ShareButton path={tourPath} title={tour.title} />
      </HandoutControls>
      <HandoutSheet
        title={tour.title}
        intro={tour.introduction || undefined}
        link={`${origin}${tourPath}`}
        origin={origin}
        items={tourHandoutItems(tour, locale, token)}
        paper={paper}
      />
    </>
  );
}

async function ViewHandout({ state, view, paper, locale, origin }: Common & { state: ExplorerUrlState; view: string }) {
  const t = await getTranslations("handout");
  const site = await getTranslations("site");
  const { items, total } = await getViewHandout({ state, locale });
  const note = items.length === 0 ? t("empty") : total > items.length ? t("truncated", { shown: items.length, total }) : undefined;
  return (
    <>
      <HandoutControls locale={locale} view={view} paper={paper} pdf>
        <ShareCurrentView title={t("handoutOfView")} />
      </HandoutControls>
      <HandoutSheet
        title={t("heading", { site: site("name") })}
        link={`${origin}/${locale}${view ? `?${view}` : ""}`}
        origin={origin}
        items={items}
        view={state.map}
        note={note}
        paper={paper}
      />
    </>
  );
}
