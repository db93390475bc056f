import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/roles";
import { mayEditInStatus } from "@/lib/content/curator-only-statuses";
import type { LibraryImage } from "@/lib/data/media/list-media";
import { MEDIA_LICENCE_SUGGESTIONS } from "@/lib/validation/media";
import { EntryImageList } from "./entry-image-list";
import { EntryImageUploader } from "./entry-image-uploader";
import "./entry-images.css";

export interface EntryImagesSectionProps {
  entry: { slug: string; status: string };
  images: LibraryImage[];
  role: string;
}

/**
 * The entry editor's Images: the entry's gallery to describe, reorder and remove from, and new
 * images to add, under the media library's rules (its routes and action do the writing). On
 * published or archived work an editor sees the images and is told, in words, who can change them.
 */
export async function EntryImagesSection({ entry, images, role }: EntryImagesSectionProps) {
  const t = await getTranslations("entryImages");
  const mayChange = mayEditInStatus(role, entry.status);
  const mayRemove = mayChange && can(role, "entries.publish");
  return (
    <section aria-labelledby="entry-images-heading" className="entry-images">
      <h2 id="entry-images-heading">{t("heading")}</h2>
      {mayChange ? null : (
        <p className="entry-images-notice">
          {t("readOnly", { status: entry.status })} {t("readOnlyInstead")}
        </p>
      )}
      {images.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <EntryImageList images={images} licences={MEDIA_LICENCE_SUGGESTIONS} mayChange={mayChange} mayRemove={mayRemove} />
      )}
      {mayChange && !mayRemove && images.length > 0 ? <p className="hint">{t("removeByCurators")}</p> : null}
      {mayChange ? <EntryImageUploader entrySlug={entry.slug} licences={MEDIA_LICENCE_SUGGESTIONS} /> : null}
    </section>
  );
}
