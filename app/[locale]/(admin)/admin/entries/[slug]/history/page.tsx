import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { restoreRevisionAction } from "@/app/[locale]/(admin)/admin/actions/restore-revision";
import { Link } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { getEntryForEditing } from "@/lib/data/entries/get-entry-for-editing";
import { listRevisions } from "@/lib/data/revisions/list-revisions";
import { diffSnapshots } from "@/lib/revisions/diff-snapshots";
import { snapshotForDiff } from "@/lib/revisions/entry-snapshot";

type Props = { params: Promise<{ locale: string; slug: string }> };

export default async function HistoryPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const entry = await getEntryForEditing(slug);
  if (!entry) notFound();
  const t = await getTranslations("entryEditor");
  const format = await getFormatter();
  const user = await getCurrentUser();
  const mayRestore = can(user?.role, "entries.publish");
  const revisions = await listRevisions(entry.id);
  const title = entry.snapshot.translations.en?.title ?? entry.snapshot.translations.ru?.title ?? slug;
  return (
    <>
      <h1>{t("revisions.heading", { title })}</h1>
      <p>
        <Link href={`/admin/entries/${slug}`}>{t("edit", { title })}</Link>
      </p>
      <ol className="revision-list">
        {revisions.map((revision, index) => {
          const previous = revisions[index + 1];
          const changes = diffSnapshots(previous ? snapshotForDiff(previous.snapshot) : null, snapshotForDiff(revision.snapshot));
          return (
            <li key={revision.version}>
              <section aria-labelledby={`revision-${revision.version}`}>
                <h2 id={`revision-${revision.version}`}>
                  {t("revisions.version")} {revision.version}: {t(`revisions.actions.${revision.action as "update"}`)}
                  {revision.authorEmail ? ` · ${revision.authorEmail}` : ""} · {format.dateTime(revision.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
                </h2>
                {changes.length ? (
                  <table className="admin-table diff-table">
                    <caption className="sr-only">{t("revisions.changes")}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t("revisions.field")}</th>
                        <th scope="col">{t("revisions.before")}</th>
                        <th scope="col">{t("revisions.after")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {changes.map((change) => (
                        <tr key={change.field}>
                          <th scope="row">{change.field}</th>
                          <td>
                            <del>{change.before}</del>
                          </td>
                          <td>
                            <ins>{change.after}</ins>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                ) : (
                  <p>{t("revisions.noChanges")}</p>
                )}
                {mayRestore && revision.version !== entry.version ? (
                  <form action={restoreRevisionAction}>
                    <input type="hidden" name="entryId" value={entry.id} />
                    <input type="hidden" name="version" value={revision.version} />
                    <input type="hidden" name="expectedVersion" value={entry.version} />
                    <button type="submit">
                      {t("revisions.restore")} ({revision.version})
                    </button>
                  </form>
                ) : null}
              </section>
            </li>
          );
        })}
      </ol>
    </>
  );
}
