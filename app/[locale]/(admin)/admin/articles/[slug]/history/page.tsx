import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ForbiddenNotice } from "@/components/admin/forbidden-notice";
import { RevisionHistory } from "@/components/admin/revision-history";
import { Link } from "@/i18n/navigation";
import { restoreArticleRevisionAction } from "@/lib/actions/articles/restore-article-revision";
import { requirePagePermission } from "@/lib/auth/page-permission";
import { can } from "@/lib/auth/roles";
import { getArticleForEditing } from "@/lib/data/articles/get-article-for-editing";
import { listArticleRevisions } from "@/lib/data/articles/list-article-revisions";
import { diffSnapshots } from "@/lib/revisions/diff-snapshots";

type Props = { params: Promise<{ locale: string; slug: string }> };

export default async function ArticleHistoryPage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission(locale, "entries.edit");
  if (!user) return <ForbiddenNotice />;
  const article = await getArticleForEditing(slug);
  if (!article) notFound();
  const t = await getTranslations("articleAdmin");
  const revisions = await listArticleRevisions(article.id);
  const { translations } = article.snapshot;
  const title = translations[locale as "en"]?.title ?? translations.en?.title ?? translations.ru?.title ?? slug;
  return (
    <>
      <h1>{t("revisions.heading", { title })}</h1>
      <p>
        <Link href={`/admin/articles/${slug}`}>{t("edit", { title })}</Link>
      </p>
      <RevisionHistory
        revisions={revisions.map((revision, index) => ({
          ...revision,
          changes: diffSnapshots(revisions[index + 1]?.snapshot ?? null, revision.snapshot),
        }))}
        currentVersion={article.version}
        restore={can(user.role, "entries.publish") ? { action: restoreArticleRevisionAction, idField: "articleId", id: article.id } : null}
      />
    </>
  );
}
