import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { preloadBasemap } from "@/components/map/preload-basemap";
import { NO_FRAMING, presentedStep, shownFramings } from "@/components/tours/presentation-steps";
import { PresenterView } from "@/components/tours/presenter-view";
import { TourPresentation } from "@/components/tours/tour-presentation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getVisibleTour } from "@/lib/data/tours/get-visible-tour";
import { env } from "@/lib/env";

type Props = {
  params: Promise<{ slug: string; locale: string }>;
  searchParams: Promise<{ t?: string; step?: string; presenter?: string }>;
};

export const metadata: Metadata = { robots: { index: false } };

/**
 * A tour presented on a projector, one step at a time; ?step=N (from 1) is the step shown. With
 * ?presenter=1, the presenter view for the teacher's own screen, kept in step with the projected window.
 */
export default async function PresentTourPage({ params, searchParams }: Props) {
  const { slug, locale } = await params;
  setRequestLocale(locale);
  const { t: token, step, presenter } = await searchParams;
  const tour = await getVisibleTour({ slug, locale, token, viewer: await getCurrentUser() });
  if (!tour || tour.steps.length === 0) notFound();
  const asked = Number.parseInt(step ?? "1", 10);
  const index = Number.isFinite(asked) ? Math.min(Math.max(asked, 1), tour.steps.length) - 1 : 0;
  const steps = tour.steps.map(presentedStep);
  if (presenter === "1") return <PresenterView slug={tour.slug} title={tour.title} steps={steps} initialIndex={index} locale={locale} />;
  preloadBasemap((shownFramings(steps)[index] ?? NO_FRAMING).view);
  return (
    <TourPresentation
      slug={tour.slug}
      title={tour.title}
      titleLocale={tour.titleLocale}
      steps={steps}
      initialIndex={index}
      token={token ?? null}
      tiles={env.MAP_TILE_URL ? { url: env.MAP_TILE_URL, attribution: env.MAP_TILE_ATTRIBUTION } : null}
      locale={locale}
    />
  );
}
