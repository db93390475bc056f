import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { MediaUploadForm } from "@/components/admin/media-upload-form";
import { Link } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { MEDIA_LICENCE_SUGGESTIONS } from "@/lib/validation/media";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "media" });
  return { title: t("heading"), robots: { index: false } };
}

export default async function MediaUploadPage({ params }: { params: Promise<{ locale: string }> }) {
  setRequestLocale((await params).locale);
  const t = await getTranslations("media");
  const user = await getCurrentUser();
  if (!can(user?.role, "entries.edit")) return <p role="alert">{t("forbidden")}</p>;
  return (
    <>
      <p>
        <Link href="/admin/media">{(await getTranslations("mediaLibrary"))("backToLibrary")}</Link>
      </p>
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      <MediaUploadForm licences={MEDIA_LICENCE_SUGGESTIONS} />
    </>
  );
}
