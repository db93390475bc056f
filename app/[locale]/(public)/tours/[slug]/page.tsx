import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { cache } from "react";
import { TourStepsList } from "@/components/tours/tour-steps-list";
import { Link } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { mayChangeEveryTour } from "@/lib/data/tours/assert-may-change-tour";
import { getVisibleTour } from "@/lib/data/tours/get-visible-tour";
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

/** A tour's page: its introduction and steps, readable on a phone (the students' view), and the way to present it. */
export default async function TourPage({ params, searchParams }: Props) {
  const { slug, locale } = await params;
  setRequestLocale(locale);
  const { t: token } = await searchParams;
  const tour = await loadTour(slug, locale, token);
  if (!tour) notFound();
  const t = await getTranslations("tourPage");
  const viewer = await getCurrentUser();
  const mayEdit = viewer !== null && (viewer.id === tour.ownerId || mayChangeEveryTour(viewer));
  const presentQuery = token ? { step: "1", t: token } : { step: "1" };
  return (
    <article className="tour-page" lang={tour.titleLocale === locale ? undefined : tour.titleLocale}>
      <h1>{tour.title}</h1>
      {tour.status === "published" ? null : <p className="notice">{t("draftNotice")}</p>}
      {tour.introduction ? <p className="tour-introduction">{tour.introduction}</p> : null}
      <div className="tour-actions">
        <Link href={{ pathname: `/tours/${tour.slug}/present`, query: presentQuery }} className="button-link">
          {t("present")}
        </Link>
        {/* Share (short link, QR code, embed), Handout and Save for offline are added here by the sharing work. */}
        {mayEdit ? <Link href={`/admin/tours/${tour.slug}`}>{t("edit")}</Link> : null}
      </div>
      <h2>{t("steps")}</h2>
      <TourStepsList steps={tour.steps} />
    </article>
  );
}
