import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { MediaLibraryGroup } from "@/components/admin/media-library-group";
import { Link } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { listMedia } from "@/lib/data/media/list-media";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "mediaLibrary" });
  return { title: t("heading"), robots: { index: false } };
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ deleted?: string }> };

/** Every image in the collection, by the entry or article it belongs to. */
export default async function MediaLibraryPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("mediaLibrary");
  const user = await getCurrentUser();
  if (!can(user?.role, "entries.edit")) return <p role="alert">{(await getTranslations("media"))("forbidden")}</p>;
  const groups = await listMedia({ locale });
  return (
    <>
      <h1>{t("heading")}</h1>
      <p role="status">{(await searchParams).deleted ? t("deleted") : null}</p>
      <p>{t("intro")}</p>
      <p>
        <Link href="/admin/media/upload" className="button-link">
          {t("upload")}
        </Link>
      </p>
      {groups.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        groups.map((group) => <MediaLibraryGroup key={`${group.owner.type}-${group.owner.id}`} group={group} locale={locale} />)
      )}
    </>
  );
}
