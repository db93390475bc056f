import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ForbiddenNotice } from "@/components/admin/forbidden-notice";
import { Pager } from "@/components/admin/pager";
import { StatusFilterNav } from "@/components/admin/status-filter-nav";
import { Link } from "@/i18n/navigation";
import { requirePagePermission } from "@/lib/auth/page-permission";
import { PUBLICATION_STATUSES } from "@/lib/content/entry-kinds";
import { isContentLocale } from "@/lib/content/locales";
import { listArticlesForStaff } from "@/lib/data/articles/list-articles-for-staff";
import { pageRequest } from "@/lib/paging/page";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ status?: string; deleted?: string; page?: string }> };

export default async function ArticlesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission(locale, "entries.edit");
  if (!user) return <ForbiddenNotice />;
  const { status, deleted, page: pageParam } = await searchParams;
  const filter = PUBLICATION_STATUSES.find((s) => s === status);
  const t = await getTranslations("articleAdmin");
  const articleImport = await getTranslations("articleImport");
  const publication = await getTranslations("publication");
  const languages = await getTranslations("articleEditor.languages");
  const format = await getFormatter();
  const page = await listArticlesForStaff({ status: filter, locale, page: pageRequest(pageParam) });
  const articles = page.items;
  return (
    <>
      <h1>{t("heading")}</h1>
      {deleted ? <p role="status">{t("deleted", { slug: deleted })}</p> : null}
      <p>
        <Link href="/admin/articles/new" className="button-link">
          {t("new")}
        </Link>{" "}
        <Link href="/admin/article-imports" className="button-link">
          {articleImport("nav")}
        </Link>
      </p>
      <StatusFilterNav basePath="/admin/articles" current={filter} label={t("filter")} />
      {articles.length ? (
        <table className="admin-table">
          <thead>
            <tr>
              <th scope="col">{t("columns.title")}</th>
              <th scope="col">{t("columns.status")}</th>
              <th scope="col">{t("columns.language")}</th>
              <th scope="col">{t("columns.publisher")}</th>
              <th scope="col">{t("columns.updated")}</th>
              <th scope="col">{t("columns.mentions")}</th>
            </tr>
          </thead>
          <tbody>
            {articles.map((article) => (
              <tr key={article.id}>
                <td>
                  <Link href={`/admin/articles/${article.slug}`} lang={article.titleLocale === locale ? undefined : article.titleLocale}>
                    {article.title}
                  </Link>
                </td>
                <td>{publication(`statuses.${article.status as "draft"}`)}</td>
                <td>{isContentLocale(article.language) ? languages(article.language) : article.language}</td>
                <td>{article.publisher ?? ""}</td>
                <td>{format.dateTime(article.updatedAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                <td>{article.mentionCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>{t("empty")}</p>
      )}
      <Pager pathname="/admin/articles" query={{ status: filter }} page={page} />
    </>
  );
}
