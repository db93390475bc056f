import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { changeTourStatusAction } from "@/lib/actions/tours/change-tour-status";
import { can } from "@/lib/auth/roles";
import { mayEditInStatus } from "@/lib/content/curator-only-statuses";
import { PUBLICATION_STATUSES, type PublicationStatus } from "@/lib/content/entry-kinds";
import { movePermission } from "@/lib/content/publication-moves";
import { TOUR } from "@/lib/data/tours/tour-record";

interface TourStatusBarProps {
  id: string;
  slug: string;
  version: number;
  status: PublicationStatus;
  role: string;
}

/** The review moves open to this person on a tour (its teacher submits, curators publish), and its public pages. */
export async function TourStatusBar({ id, slug, version, status, role }: TourStatusBarProps) {
  const t = await getTranslations("publication");
  const tours = await getTranslations("tourAdmin");
  const validation = await getTranslations("validation");
  const proposals = await getTranslations("proposals");
  const moves = PUBLICATION_STATUSES.filter((to) => {
    const permission = movePermission(status, to);
    return permission !== null && can(role, permission === "entries.edit" ? (TOUR.draftPermission ?? permission) : permission);
  });
  return (
    <>
      {mayEditInStatus(role, status) ? null : status === "published" ? (
        <p className="hint">{proposals("hint")}</p>
      ) : (
        <p className="form-error">{validation("publishedByCurators")}</p>
      )}
      <div className="status-bar">
        <p>{t("status", { status: t(`statuses.${status}`) })}</p>
        {moves.map((to) => (
          <form key={to} action={changeTourStatusAction}>
            <input type="hidden" name="id" value={id} />
            <input type="hidden" name="expectedVersion" value={version} />
            <input type="hidden" name="to" value={to} />
            <button type="submit">{t(`move.${to}`)}</button>
          </form>
        ))}
        <Link href={`/admin/tours/${slug}/history`}>{t("history")}</Link>
        <Link href={`/tours/${slug}`}>{tours("viewTour")}</Link>
        <Link href={`/tours/${slug}/present?step=1`}>{tours("present")}</Link>
      </div>
    </>
  );
}
