import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ForbiddenNotice } from "@/components/admin/forbidden-notice";
import { PublishableListFrame } from "@/components/admin/publishable-list-frame";
import { Link } from "@/i18n/navigation";
import { requirePagePermission } from "@/lib/auth/page-permission";
import { listEntriesForStaff } from "@/lib/data/entries/list-entries-for-staff";
import { type PublishableListSearchParams, publishableListRequest } from "@/lib/paging/publishable-list-request";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<PublishableListSearchParams> };

export default async function EntriesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission(locale, "entries.edit");
  if (!user) return <ForbiddenNotice />;
  const { filter, deleted, page: request } = publishableListRequest(await searchParams);
  const t = await getTranslations("entryEditor");
  const publication = await getTranslations("publication");
  const deletedEntries = await getTranslations("deletedEntries");
  const kinds = await getTranslations("kinds");
  const format = await getFormatter();
  const page = await listEntriesForStaff({ status: filter, locale, page: request });
  return (
    <PublishableListFrame
      heading={t("heading")}
      deletedNotice={deleted ? t("deleted", { slug: deleted }) : null}
      actions={
        <>
          <Link href="/admin/entries/new" className="button-link">
            {t("new")}
          </Link>{" "}
          <Link href="/admin/entries/deleted">{deletedEntries("link")}</Link>
        </>
      }
      basePath="/admin/entries"
      filter={filter}
      filterLabel={t("columns.status")}
      page={page}
    >
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
          {page.items.map((entry) => (
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
    </PublishableListFrame>
  );
}
