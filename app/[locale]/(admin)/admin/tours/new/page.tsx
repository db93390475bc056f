import { getTranslations, setRequestLocale } from "next-intl/server";
import { ForbiddenNotice } from "@/components/admin/forbidden-notice";
import { TourEditor } from "@/components/tours/tour-editor";
import { requirePagePermission } from "@/lib/auth/page-permission";
import { tourFormValues } from "@/lib/forms/tour-form";

export default async function NewTourPage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission(locale, "tours.create");
  if (!user) return <ForbiddenNotice />;
  const t = await getTranslations("tourAdmin");
  return (
    <>
      <h1>{t("newHeading")}</h1>
      <TourEditor initial={tourFormValues(null)} known={[]} />
    </>
  );
}
