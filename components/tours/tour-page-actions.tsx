import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { ShareButton } from "@/components/share/share-button";
import { Link } from "@/i18n/navigation";
import { handoutQueryString, type Paper, tourHandoutView } from "@/lib/handout/handout-params";
import { tourPagePath } from "@/lib/handout/tour-page-path";

/**
 * Everything a teacher does with a tour, in one row: present it, share it (short link, QR code, embed
 * snippet), print its handout or download it as a PDF, save it for a lesson without internet, edit it.
 * `token` is the share token the page was opened with, kept in every address made here, so a draft
 * shared by link stays reachable; `printable` says whether the server's PDF renderer (signed in as
 * no one) can open the tour.
 */
export async function TourPageActions({
  locale,
  slug,
  title,
  token,
  printable,
  mayEdit,
  children,
}: {
  locale: string;
  slug: string;
  title: string;
  token: string | undefined;
  printable: boolean;
  mayEdit: boolean;
  /** Save for offline (components/offline), which needs the whole tour, not just its address. */
  children?: ReactNode;
}) {
  const t = await getTranslations("tourPage");
  const actions = await getTranslations("tourActions");
  const handout = (paper: Paper) => handoutQueryString(tourHandoutView({ slug, token }), paper);
  const embedQuery = token ? `?${new URLSearchParams({ t: token })}` : "";
  return (
    <div className="tour-actions" role="group" aria-label={actions("label")}>
      <Link href={{ pathname: `/tours/${slug}/present`, query: token ? { step: "1", t: token } : { step: "1" } }} className="button-link">
        {t("present")}
      </Link>
      <ShareButton path={tourPagePath(locale, slug, token)} embedPath={`/${locale}/embed/tours/${slug}${embedQuery}`} title={title} />
      <a href={`/${locale}/handout?${handout("A4")}`}>{t("handout")}</a>
      {printable ? (
        <a href={`/${locale}/handout.pdf?${handout("A4")}`} download>
          {actions("handoutPdf")}
        </a>
      ) : null}
      {children}
      {mayEdit ? <Link href={`/admin/tours/${slug}`}>{t("edit")}</Link> : null}
    </div>
  );
}
