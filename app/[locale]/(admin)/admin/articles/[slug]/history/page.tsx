import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { notFound } from "next/navigation";
import { restoreArticleRevisionAction } from "@/app/[locale]/(admin)/admin/actions/restore-article-revision";
import { Link } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { getArticleForEditing } from "@/lib/data/articles/get-article-for-editing";
import { listArticleRevisions } from "@/lib/data/articles/list-article-revisions";
import { diffSnapshots } from "@/lib/revisions/diff-snapshots";

type Props = { params: Promise<{ locale: string; slug: string }> };

export default async function ArticleHistoryPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const article = await getArticleForEditing(slug);
  if (!article) notFound();
  const t = await getTranslations("articleAdmin");
  const format = await getFormatter();
  const user = await getCurrentUser();
  const mayRestore = can(user?.role, "entries.publish");
  const revisions = await listArticleRevisions(article.id);
  const { translations } = article.snapshot;
  const title = translations[locale as "en"]?.title ?? translations.en?.title ?? translations.ru?.title ?? slug;
  return (
    <>
      <h1>{t("revisions.heading", { title })}</h1>
      <p>
        <Link href={`/admin/articles/${slug}`}>{t("edit", { title })}</Link>
      </p>
      <ol className="revision-list">
        {revisions.map((revision, index) => {
          const changes = diffSnapshots(revisions[index + 1]?.snapshot ?? null, revision.snapshot);
          return (
            <li key={revision.version}>
              <section aria-labelledby={`revision-${revision.version}`}>
                <h2 id={`revision-${revision.version}`}>
                  {t("revisions.version", { version: revision.version })}: {t(`revisions.actions.${revision.action as "update"}`)}
                  {" · "}
                  {revision.authorEmail ?? t("revisions.system")} · {format.dateTime(revision.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
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
                {mayRestore && revision.version !== article.version ? (
                  <form action={restoreArticleRevisionAction}>
                    <input type="hidden" name="articleId" value={article.id} />
                    <input type="hidden" name="version" value={revision.version} />
                    <input type="hidden" name="expectedVersion" value={article.version} />
                    <button type="submit">{t("revisions.restore", { version: revision.version })}</button>
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
