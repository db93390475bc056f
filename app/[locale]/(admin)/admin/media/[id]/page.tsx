import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { MediaDeleteForm } from "@/components/admin/media-delete-form";
import { MediaEditForm } from "@/components/admin/media-edit-form";
import { Link } from "@/i18n/navigation";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { type EditableImage, getMediaForEditing } from "@/lib/data/media/get-media-for-editing";
import { AppError } from "@/lib/errors/app-error";
import { mediaFormValues } from "@/lib/forms/media-form";
import { MEDIA_LICENCE_SUGGESTIONS } from "@/lib/validation/media";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: (await params).locale, namespace: "mediaLibrary" });
  return { title: t("editHeading"), robots: { index: false } };
}

async function findImage(id: string, locale: string): Promise<EditableImage> {
  try {
    return await getMediaForEditing({ id, locale });
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

/** One image: its metadata to edit and, for curators, deletion. */
export default async function EditMediaPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("mediaLibrary");
  const user = await getCurrentUser();
  if (!can(user?.role, "entries.edit")) return <p role="alert">{(await getTranslations("media"))("forbidden")}</p>;
  const image = await findImage(id, locale);
  return (
    <>
      <p>
        <Link href="/admin/media">{t("backToLibrary")}</Link>
      </p>
      <h1>{t("editHeading")}</h1>
      {image.owner ? (
        <p>
          {t.rich(image.owner.type === "entry" ? "attachedToEntry" : "attachedToArticle", {
            title: image.owner.title,
            link: (chunks) => (
              <Link href={image.owner!.type === "entry" ? `/entries/${image.owner!.slug}` : `/articles/${image.owner!.slug}`}>
                {chunks}
              </Link>
            ),
          })}
        </p>
      ) : null}
      {/* eslint-disable-next-line @next/next/no-img-element -- the stored thumbnail, already resized */}
      <img className="media-preview" src={`/media/${image.thumbPath ?? image.filePath}`} alt={t("previewAlt")} />
      <MediaEditForm mediaId={image.id} initial={mediaFormValues(image)} licences={MEDIA_LICENCE_SUGGESTIONS} />
      {can(user?.role, "entries.publish") ? <MediaDeleteForm mediaId={image.id} /> : null}
    </>
  );
}
