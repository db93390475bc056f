import { getTranslations, setRequestLocale } from "next-intl/server";

export default async function AdminHome({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("admin");
  return (
    <>
      <h1>{t("title")}</h1>
      <p>{t("dashboardIntro")}</p>
    </>
  );
}
