import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ForbiddenNotice } from "@/components/admin/forbidden-notice";
import { Pager } from "@/components/admin/pager";
import { StatusFilterNav } from "@/components/admin/status-filter-nav";
import { Link } from "@/i18n/navigation";
import { requirePagePermission } from "@/lib/auth/page-permission";
import { PUBLICATION_STATUSES } from "@/lib/content/entry-kinds";
import { mayChangeEveryTour } from "@/lib/data/tours/assert-may-change-tour";
import { listToursForStaff } from "@/lib/data/tours/list-tours-for-staff";
import { pageRequest } from "@/lib/paging/page";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ status?: string; deleted?: string; page?: string }> };

/** A teacher's own tours, or every tour for a curator, a page at a time. */
export default async function ToursPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission(locale, "tours.create");
  if (!user) return <ForbiddenNotice />;
  const { status, page: pageParam } = await searchParams;
  const filter = PUBLICATION_STATUSES.find((s) => s === status);
  const t = await getTranslations("tourAdmin");
  const publication = await getTranslations("publication");
  const format = await getFormatter();
  const page = await listToursForStaff({ viewer: user, status: filter, locale, page: pageRequest(pageParam) });
  const everyTour = mayChangeEveryTour(user);
  return (
    <>
      <h1>{everyTour ? t("heading") : t("headingMine")}</h1>
      <p>
        <Link href="/admin/tours/new" className="button-link">
          {t("new")}
        </Link>
      </p>
      <StatusFilterNav basePath="/admin/tours" current={filter} label={t("filter")} />
      {page.items.length ? (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t("columns.title")}</th>
              <th scope="col">{t("columns.status")}</th>
              <th scope="col">{t("columns.shared")}</th>
              <th scope="col">{t("columns.steps")}</th>
              {everyTour ? <th scope="col">{t("columns.owner")}</th> : null}
              <th scope="col">{t("columns.updated")}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((tour) => (
              <tr key={tour.id}>
                <td>
                  <Link href={`/admin/tours/${tour.slug}`} lang={tour.titleLocale === locale ? undefined : tour.titleLocale}>
                    {tour.title}
                  </Link>
                </td>
                <td>{publication(`statuses.${tour.status as "draft"}`)}</td>
                <td>{tour.shared ? t("sharedYes") : t("sharedNo")}</td>
                <td>{tour.stepCount}</td>
                {everyTour ? <td>{tour.ownerName ?? ""}</td> : null}
                <td>{format.dateTime(tour.updatedAt, { dateStyle: "medium", timeStyle: "short" })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t("empty")}</p>
      )}
      <Pager pathname="/admin/tours" query={{ status: filter }} page={page} />
    </>
  );
}
