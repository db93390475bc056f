import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { MediaLibraryGroup } from "@/components/admin/media-library-group";
import { Pager } from "@/components/admin/pager";
import { Link } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { listMedia } from "@/lib/data/media/list-media";
import { pageRequest } from "@/lib/paging/page";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "mediaLibrary" });
  return { title: t("heading"), robots: { index: false } };
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ deleted?: string; page?: string }> };

/** Entries and articles with images, a page at a time: how many a page holds (each with all its images). */
const GROUPS_PER_PAGE = 20;

/** Every image in the collection, by the entry or article it belongs to. */
export default async function MediaLibraryPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("mediaLibrary");
  const user = await getCurrentUser();
  if (!can(user?.role, "entries.edit")) return <p role="alert">{(await getTranslations("media"))("forbidden")}</p>;
  const query = await searchParams;
  const page = await listMedia({ locale, page: pageRequest(query.page, GROUPS_PER_PAGE) });
  const groups = page.items;
  return (
    <>
      <h1>{t("heading")}</h1>
      <p role="status">{query.deleted ? t("deleted") : null}</p>
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
      <Pager pathname="/admin/media" page={page} />
    </>
  );
}
