import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ForbiddenNotice } from "@/components/admin/forbidden-notice";
import { Pager } from "@/components/admin/pager";
import { StatusFilterNav } from "@/components/admin/status-filter-nav";
import { Link } from "@/i18n/navigation";
import { requirePagePermission } from "@/lib/auth/page-permission";
import { PUBLICATION_STATUSES } from "@/lib/content/entry-kinds";
import { listEntriesForStaff } from "@/lib/data/entries/list-entries-for-staff";
import { pageRequest } from "@/lib/paging/page";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ status?: string; deleted?: string; page?: string }> };

export default async function EntriesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission(locale, "entries.edit");
  if (!user) return <ForbiddenNotice />;
  const { status, deleted, page: pageParam } = await searchParams;
  const filter = PUBLICATION_STATUSES.find((s) => s === status);
  const t = await getTranslations("entryEditor");
  const publication = await getTranslations("publication");
  const deletedEntries = await getTranslations("deletedEntries");
  const kinds = await getTranslations("kinds");
  const format = await getFormatter();
  const page = await listEntriesForStaff({ status: filter, locale, page: pageRequest(pageParam) });
  const entries = page.items;
  return (
    <>
      <h1>{t("heading")}</h1>
      {deleted ? <p role="status">{t("deleted", { slug: deleted })}</p> : null}
      <p>
        <Link href="/admin/entries/new" className="button-link">
          {t("new")}
        </Link>{" "}
        <Link href="/admin/entries/deleted">{deletedEntries("link")}</Link>
      </p>
      <StatusFilterNav basePath="/admin/entries" current={filter} label={t("columns.status")} />
      <table className="admin-table">
        <thead>
          <tr>
            <th scope="col">{t("columns.title")}</th>
            <th scope="col">{t("columns.kind")}</th>
            <th scope="col">{t("columns.status")}</th>
            <th scope="col">{t("columns.updated")}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td>
                <Link href={`/admin/entries/${entry.slug}`}>{entry.title}</Link>
              </td>
              <td>{kinds(entry.kind as "event")}</td>
              <td>{publication(`statuses.${entry.status as "draft"}`)}</td>
              <td>{format.dateTime(entry.updatedAt, { dateStyle: "medium", timeStyle: "short" })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <Pager pathname="/admin/entries" query={{ status: filter }} page={page} />
    </>
  );
}
