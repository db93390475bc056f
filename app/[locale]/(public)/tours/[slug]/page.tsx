import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { SaveForOfflineButton } from "@/components/offline/save-for-offline-button";
import { TourPageActions } from "@/components/tours/tour-page-actions";
import { TourStepsList } from "@/components/tours/tour-steps-list";
import { getCurrentUser } from "@/lib/auth/current-user";
import { mayChangeEveryTour } from "@/lib/data/tours/assert-may-change-tour";
import { getVisibleTour } from "@/lib/data/tours/get-visible-tour";
import { mayViewTour } from "@/lib/data/tours/may-view-tour";
import "@/components/tours/tour-page.css";

type Props = { params: Promise<{ slug: string; locale: string }>; searchParams: Promise<{ t?: string }> };

const loadTour = cache(async (slug: string, locale: string, token: string | undefined) =>
  getVisibleTour({ slug, locale, token, viewer: await getCurrentUser() }),
);

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const { slug, locale } = await params;
  const tour = await loadTour(slug, locale, (await searchParams).t);
  if (!tour) return {};
  return {
    title: tour.title,
    description: tour.introduction || undefined,
    robots: tour.status === "published" ? undefined : { index: false },
  };
}

/** A tour's page: its introduction and steps, readable on a phone (the students' view), and what a teacher does with it. */
export default async function TourPage({ params, searchParams }: Props) {
  const { slug, locale } = await params;
  setRequestLocale(locale);
  const { t: token } = await searchParams;
  const tour = await loadTour(slug, locale, token);
  if (!tour) notFound();
  const t = await getTranslations("tourPage");
  const viewer = await getCurrentUser();
  const mayEdit = viewer !== null && (viewer.id === tour.ownerId || mayChangeEveryTour(viewer));
  // A published tour's links carry no token (it is everyone's, and a token would outlive a later
  // unsharing); a draft shared by link is shared with its token, which its teacher has even without it.
  const linkToken = tour.status === "published" ? undefined : (token ?? (mayEdit && tour.shared ? tour.shareToken : undefined));
  return (
    <article className="tour-page" lang={tour.titleLocale === locale ? undefined : tour.titleLocale}>
      <h1>{tour.title}</h1>
      {tour.status === "published" ? null : <p className="notice">{t("draftNotice")}</p>}
      {tour.introduction ? <p className="tour-introduction">{tour.introduction}</p> : null}
      <TourPageActions
        locale={locale}
        slug={tour.slug}
        title={tour.title}
        token={linkToken}
        printable={mayViewTour(tour, null, linkToken)}
        mayEdit={mayEdit}
      >
        <SaveForOfflineButton tour={tour} locale={locale} token={token} linkToken={linkToken} />
      </TourPageActions>
      <h2>{t("steps")}</h2>
      <TourStepsList steps={tour.steps} />
    </article>
  );
}
