import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArticleEditor } from "@/components/admin/article-editor";
import { ForbiddenNotice } from "@/components/admin/forbidden-notice";
import { requirePagePermission } from "@/lib/auth/page-permission";
import { articleFormValues } from "@/lib/forms/article-form";

export default async function NewArticlePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission(locale, "entries.edit");
  if (!user) return <ForbiddenNotice />;
  const t = await getTranslations("articleAdmin");
  return (
    <>
      <h1>{t("new")}</h1>
      <ArticleEditor initial={articleFormValues(null)} storedBodies={{}} mentioned={[]} personId={user.id} />
    </>
  );
}
