import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ForbiddenNotice } from "@/components/admin/forbidden-notice";
import { PublishableListFrame } from "@/components/admin/publishable-list-frame";
import { Link } from "@/i18n/navigation";
import { requirePagePermission } from "@/lib/auth/page-permission";
import { isContentLocale } from "@/lib/content/locales";
import { listArticlesForStaff } from "@/lib/data/articles/list-articles-for-staff";
import { type PublishableListSearchParams, publishableListRequest } from "@/lib/paging/publishable-list-request";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<PublishableListSearchParams> };

export default async function ArticlesPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission(locale, "entries.edit");
  if (!user) return <ForbiddenNotice />;
  const { filter, deleted, page: request } = publishableListRequest(await searchParams);
  const t = await getTranslations("articleAdmin");
  const articleImport = await getTranslations("articleImport");
  const publication = await getTranslations("publication");
  const languages = await getTranslations("articleEditor.languages");
  const format = await getFormatter();
  const page = await listArticlesForStaff({ status: filter, locale, page: request });
  const articles = page.items;
  return (
    <PublishableListFrame
      heading={t("heading")}
      deletedNotice={deleted ? t("deleted", { slug: deleted }) : null}
      actions={
        <>
          <Link href="/admin/articles/new" className="button-link">
            {t("new")}
          </Link>{" "}
          <Link href="/admin/article-imports" className="button-link">
            {articleImport("nav")}
          </Link>
        </>
      }
      basePath="/admin/articles"
      filter={filter}
      filterLabel={t("filter")}
      page={page}
    >
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
    </PublishableListFrame>
  );
}
