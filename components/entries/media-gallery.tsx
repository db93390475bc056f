import type { EntryMedia } from "@/lib/data/entries/get-published-entry";

/** Images always appear with their credit and licence. */
export function MediaGallery({ media }: { media: EntryMedia[] }) {
  if (media.length === 0) return null;
  return (
    <section aria-labelledby="media-heading">
      <h2 id="media-heading">Images</h2>
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
              {item.caption} <span className="credit">Credit: {item.credit}. Licence: {item.licence}.</span>
              {item.sourceUrl ? (
                <>
                  {" "}
                  <a href={item.sourceUrl} rel="noopener noreferrer">
                    Source
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
