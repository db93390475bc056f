import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { changeArticleStatusAction } from "@/app/[locale]/(admin)/admin/actions/change-article-status";
import { deleteArticleAction } from "@/app/[locale]/(admin)/admin/actions/delete-article";
import { ArticleEditor } from "@/components/admin/article-editor";
import { DeleteRecordForm } from "@/components/admin/delete-record-form";
import { ForbiddenNotice } from "@/components/admin/forbidden-notice";
import { PublicationStatusBar } from "@/components/admin/publication-status-bar";
import { requirePagePermission } from "@/lib/auth/page-permission";
import { can } from "@/lib/auth/roles";
import { allowedMoves } from "@/lib/content/publication-moves";
import { getArticleForEditing } from "@/lib/data/articles/get-article-for-editing";
import { listEntryTitles } from "@/lib/data/entries/list-entry-titles";
import { articleFormValues } from "@/lib/validation/article-form";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<{ created?: string; saved?: string; stale?: string }>;
};

export default async function EditArticlePage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission(locale, "entries.edit");
  if (!user) return <ForbiddenNotice />;
  const article = await getArticleForEditing(slug);
  if (!article) notFound();
  const t = await getTranslations("articleAdmin");
  const { created, saved, stale } = await searchParams;
  const moves = allowedMoves(user.role, article.snapshot.status);
  const { translations } = article.snapshot;
  const title = translations[locale as "en"]?.title ?? translations.en?.title ?? translations.ru?.title ?? slug;
  const storedBodies = Object.fromEntries(Object.entries(translations).map(([l, text]) => [l, text.bodyHtml]));
  return (
    <>
      <h1>{t("edit", { title })}</h1>
      {created ? <p role="status">{t("created")}</p> : null}
      {saved ? <p role="status">{t("saved", { version: saved })}</p> : null}
      {stale ? <p role="alert">{t("staleDelete")}</p> : null}
      <PublicationStatusBar
        status={article.snapshot.status}
        role={user.role}
        moves={moves}
        action={changeArticleStatusAction}
        idField="articleId"
        id={article.id}
        version={article.version}
        historyHref={`/admin/articles/${slug}/history`}
        publicHref={`/articles/${slug}`}
      />
      <ArticleEditor
        key={article.id}
        initial={articleFormValues(article)}
        storedBodies={storedBodies}
        mentioned={await listEntryTitles({ slugs: Object.keys(article.snapshot.mentions), locale })}
      />
      {can(user.role, "entries.publish") ? (
        <DeleteRecordForm
          action={deleteArticleAction}
          fields={{ articleId: article.id, slug, expectedVersion: article.version }}
          confirm={t("confirmDelete")}
          button={t("delete")}
        />
      ) : null}
    </>
  );
}
