import { getTranslations, setRequestLocale } from "next-intl/server";
import { ArticleImportScreen } from "@/components/admin/article-import/article-import-screen";
import { ForbiddenNotice } from "@/components/admin/forbidden-notice";
import { requirePagePermission } from "@/lib/auth/page-permission";

export default async function ArticleImportPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission(locale, "entries.edit");
  if (!user) return <ForbiddenNotice />;
  const t = await getTranslations("articleImport");
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      <ArticleImportScreen />
    </>
  );
}
