import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { presentedStep } from "@/components/tours/presentation-steps";
import { TourPresentation } from "@/components/tours/tour-presentation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { getVisibleTour } from "@/lib/data/tours/get-visible-tour";
import { env } from "@/lib/env";

type Props = { params: Promise<{ slug: string; locale: string }>; searchParams: Promise<{ t?: string; step?: string }> };

export const metadata: Metadata = { robots: { index: false } };

/** A tour presented on a projector, one step at a time; ?step=N (from 1) is the step shown. */
export default async function PresentTourPage({ params, searchParams }: Props) {
  const { slug, locale } = await params;
  setRequestLocale(locale);
  const { t: token, step } = await searchParams;
  const tour = await getVisibleTour({ slug, locale, token, viewer: await getCurrentUser() });
  if (!tour || tour.steps.length === 0) notFound();
  const asked = Number.parseInt(step ?? "1", 10);
  const index = Number.isFinite(asked) ? Math.min(Math.max(asked, 1), tour.steps.length) - 1 : 0;
  return (
    <TourPresentation
      slug={tour.slug}
      title={tour.title}
      titleLocale={tour.titleLocale}
      steps={tour.steps.map(presentedStep)}
      initialIndex={index}
      token={token ?? null}
      tiles={env.MAP_TILE_URL ? { url: env.MAP_TILE_URL, attribution: env.MAP_TILE_ATTRIBUTION } : null}
      locale={locale}
    />
  );
}
