import { getTranslations } from "next-intl/server";
import type { EntryMedia } from "@/lib/data/entries/get-published-entry";

/** Images always appear with their credit and licence. */
export async function MediaGallery({ media }: { media: EntryMedia[] }) {
  if (media.length === 0) return null;
  const t = await getTranslations("entry");
  return (
    <section aria-labelledby="media-heading">
      <h2 id="media-heading">{t("images")}</h2>
      <div className="media-gallery">
        {media.map((item) => (
          <figure key={item.id}>
            {/* Uploaded files are served as they are; Next's image optimiser is off. */}
            <img
              src={`/media/${item.thumbPath ?? item.filePath}`}
              alt={item.altText || item.caption}
              width={item.width ?? undefined}
              height={item.height ?? undefined}
              loading="lazy"
            />
            <figcaption>
              {item.caption} <span className="credit">{t("credit", { credit: item.credit, licence: item.licence })}</span>
              {item.sourceUrl ? (
                <>
                  {" "}
                  <a href={item.sourceUrl} rel="noopener noreferrer">
                    {t("imageSource")}
                  </a>
                </>
              ) : null}
            </figcaption>
          </figure>
        ))}
      </div>
    </section>
  );
}
