import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArticleEditor } from "@/components/admin/article-editor";
import { DeleteRecordForm } from "@/components/admin/delete-record-form";
import { ForbiddenNotice } from "@/components/admin/forbidden-notice";
import { PendingRevisionNotice } from "@/components/admin/pending-revision-notice";
import { PublicationStatusBar } from "@/components/admin/publication-status-bar";
import { requirePagePermission } from "@/lib/auth/page-permission";
import { can } from "@/lib/auth/roles";
import { ARTICLE } from "@/lib/data/articles/article-record";
import { listEntryTitles } from "@/lib/data/entries/list-entry-titles";
import { getRecordForPerson } from "@/lib/data/publishing/get-record-for-person";
import { articleFormValues } from "@/lib/forms/article-form";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<{ created?: string; saved?: string; stale?: string }>;
};

export default async function EditArticlePage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission(locale, "entries.edit");
  if (!user) return <ForbiddenNotice />;
  const record = await getRecordForPerson(ARTICLE, slug, user.id);
  if (!record) notFound();
  const { live: article, own, opened } = record;
  const t = await getTranslations("articleAdmin");
  const { created, saved, stale } = await searchParams;
  const { translations } = article.snapshot;
  const title = translations[locale as "en"]?.title ?? translations.en?.title ?? translations.ru?.title ?? slug;
  const storedBodies = Object.fromEntries(Object.entries(opened.snapshot.translations).map(([l, text]) => [l, text.bodyHtml]));
  return (
    <>
      <h1>{t("edit", { title })}</h1>
      {created ? <p role="status">{t("created")}</p> : null}
      {saved ? <p role="status">{t("saved", { version: saved })}</p> : null}
      {stale ? <p role="alert">{t("staleDelete")}</p> : null}
      <PublicationStatusBar
        type="article"
        id={article.id}
        slug={slug}
        version={article.version}
        status={article.snapshot.status}
        role={user.role}
      />
      <PendingRevisionNotice own={own} />
      <ArticleEditor
        key={article.id}
        // The live slug stays the saved one: a proposal changes no address until approved.
        initial={{ ...articleFormValues(opened), savedSlug: article.snapshot.slug }}
        storedBodies={storedBodies}
        mentioned={await listEntryTitles({ slugs: Object.keys(opened.snapshot.mentions), locale })}
        personId={user.id}
        justCreated={Boolean(created)}
      />
      {can(user.role, "entries.publish") ? (
        <DeleteRecordForm
          type="article"
          id={article.id}
          slug={slug}
          version={article.version}
          confirm={t("confirmDelete")}
          button={t("delete")}
        />
      ) : null}
    </>
  );
}
