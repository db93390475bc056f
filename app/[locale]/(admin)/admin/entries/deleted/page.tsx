import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ForbiddenNotice } from "@/components/admin/forbidden-notice";
import { Pager } from "@/components/admin/pager";
import { Link } from "@/i18n/navigation";
import { restoreDeletedEntryAction } from "@/lib/actions/entries/restore-deleted-entry";
import { requirePagePermission } from "@/lib/auth/page-permission";
import { can } from "@/lib/auth/roles";
import { listDeletedEntries } from "@/lib/data/entries/list-deleted-entries";
import { pageRequest } from "@/lib/paging/page";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ failed?: string; page?: string }> };

export default async function DeletedEntriesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission(locale, "entries.edit");
  if (!user) return <ForbiddenNotice />;
  const { failed, page: pageParam } = await searchParams;
  const t = await getTranslations("deletedEntries");
  const kinds = await getTranslations("kinds");
  const format = await getFormatter();
  const mayRestore = can(user.role, "entries.publish");
  const page = await listDeletedEntries({ locale, page: pageRequest(pageParam) });
  const deleted = page.items;
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      <p>
        <Link href="/admin/entries">{t("back")}</Link>
      </p>
      {deleted.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t("columns.title")}</th>
              <th scope="col">{t("columns.kind")}</th>
              <th scope="col">{t("columns.deleted")}</th>
              <th scope="col">{t("columns.action")}</th>
            </tr>
          </thead>
          <tbody>
            {deleted.map((entry) => (
              <tr key={entry.auditEventId}>
                <td>
                  {entry.title} <span className="hint">({entry.slug})</span>
                </td>
                <td>{kinds(entry.kind as "event")}</td>
                <td>
                  {format.dateTime(entry.deletedAt, { dateStyle: "medium", timeStyle: "short" })}
                  {entry.deletedBy ? ` · ${entry.deletedBy}` : ""}
                </td>
                <td>
                  {failed === entry.auditEventId ? <p role="alert">{t("failed")}</p> : null}
                  {entry.restored ? (
                    t("restoredAlready")
                  ) : entry.slugTaken ? (
                    <p>
                      {t("slugTaken")} <Link href={`/admin/entries/${entry.slug}`}>{entry.slug}</Link>
                    </p>
                  ) : mayRestore ? (
                    <form action={restoreDeletedEntryAction}>
                      <input type="hidden" name="auditEventId" value={entry.auditEventId} />
                      <button type="submit">{t("restore", { title: entry.title })}</button>
                    </form>
                  ) : (
                    t("curatorsRestore")
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager pathname="/admin/entries/deleted" page={page} />
    </>
  );
}
