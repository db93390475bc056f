import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { getTourAccess } from "@/lib/data/tours/get-tour-access";
import { mayViewTour } from "@/lib/data/tours/may-view-tour";
import { problemFromError } from "@/lib/errors/problem-from-error";
import { handoutQueryString, readHandoutParams, readHandoutTour, tourHandoutView } from "@/lib/handout/handout-params";
import { ownOrigin } from "@/lib/handout/own-origin";
import { renderPdf } from "@/lib/handout/render-pdf";
import { notFoundProblem } from "@/lib/http/problem";
import { siteOrigin } from "@/lib/share/site-origin";

export const dynamic = "force-dynamic";

/**
 * The handout of an explorer view, or of a tour (`?tour=<slug>`), as a PDF, printed by a headless
 * Chromium from the handout page. That browser has no one signed in, so a tour must be published or
 * shared by the link whose token the address carries; any other is not found here.
 */
export async function GET(request: Request, context: { params: Promise<{ locale: string }> }): Promise<Response> {
  const { locale } = await context.params;
  if (!hasLocale(routing.locales, locale)) return notFoundProblem(`No language "${locale}"`);
  const query = new URL(request.url).searchParams;
  const { paper, view } = readHandoutParams(query);
  const tour = readHandoutTour(query);
  try {
    if (tour) {
      const access = await getTourAccess(tour.slug);
      if (!access || !mayViewTour(access, null, tour.token)) return notFoundProblem(`No published or shared tour "${tour.slug}"`);
    }
    const printed = tour ? tourHandoutView(tour) : view;
    const pdf = await renderPdf(
      `${ownOrigin()}/${locale}/handout?${handoutQueryString(printed, paper)}`,
      paper,
      siteOrigin(request.headers),
    );
    return new Response(new Uint8Array(pdf), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `attachment; filename="${tour ? `tour-${tour.slug.replace(/[^a-z0-9-]/gi, "")}` : "handout"}-${locale}.pdf"`,
        "Cache-Control": "no-store",
      },
    });
  } catch (error) {
    return problemFromError(error);
  }
}
