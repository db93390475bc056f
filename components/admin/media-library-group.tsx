import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { mayEditInStatus } from "@/lib/content/curator-only-statuses";
import type { LibraryGroup } from "@/lib/data/media/list-media";
import { MediaMoveButton } from "./media-move-button";
import { MediaThumbnail } from "./media-thumbnail";
import "./media-library.css";

/** One entry's (or article's) images in gallery order, each with its metadata, an edit link and move buttons. */
export async function MediaLibraryGroup({ group, locale, role }: { group: LibraryGroup; locale: string; role: string }) {
  const t = await getTranslations("mediaLibrary");
  const validation = await getTranslations("validation");
  const media = await getTranslations("media");
  const { owner, images } = group;
  const headingId = `media-group-${owner.type}-${owner.id}`;
  // Reordering published work is a change to it: offered only to those who may make it.
  const mayReorder = mayEditInStatus(role, owner.status);
  return (
    <section className="media-library-group" aria-labelledby={headingId}>
      <h2 id={headingId}>{owner.title}</h2>
      <p className="meta">
        {owner.type === "entry" ? (
          <Link href={`/admin/entries/${owner.slug}`}>{t("editEntry")}</Link>
        ) : (
          <Link href={`/admin/articles/${owner.slug}`}>{t("editArticle")}</Link>
        )}
      </p>
      {mayReorder || images.length < 2 ? null : <p className="hint">{validation("publishedByCurators")}</p>}
      <ol className="media-library-list">
        {images.map((image, index) => {
          const caption = (l: string) => image.translations.find((tr) => tr.locale === l);
          const label = caption(locale)?.caption || caption("en")?.caption || caption("ru")?.caption || image.filePath;
          const alt = caption(locale)?.altText || caption(locale)?.caption || label;
          return (
            <li key={image.id} className="media-card">
              <MediaThumbnail image={image} alt={alt} />
              <dl>
                {(["en", "ru"] as const).map((l) => (
                  <div key={l} style={{ display: "contents" }}>
                    <dt>{media(`caption_${l}`)}</dt>
                    <dd lang={l}>{caption(l)?.caption || t("none")}</dd>
                  </div>
                ))}
                <dt>{media("credit")}</dt>
                <dd>{image.credit}</dd>
                <dt>{media("licence")}</dt>
                <dd>{image.licence}</dd>
                <dt>{t("source")}</dt>
                <dd>{image.sourceUrl ? <a href={image.sourceUrl}>{image.sourceUrl}</a> : t("none")}</dd>
              </dl>
              <div className="media-card-actions">
                <Link href={`/admin/media/${image.id}`} aria-label={t("editLabel", { caption: label })}>
                  {t("edit")}
                </Link>
                {mayReorder && index > 0 ? (
                  <MediaMoveButton
                    id={image.id}
                    direction="earlier"
                    label={t("moveEarlierLabel", { caption: label })}
                    text={t("moveEarlier")}
                  />
                ) : null}
                {mayReorder && index < images.length - 1 ? (
                  <MediaMoveButton id={image.id} direction="later" label={t("moveLaterLabel", { caption: label })} text={t("moveLater")} />
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
