import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import type { EntryThumbnail } from "@/lib/media/entry-thumbnail";

export interface PopupLabels {
  kind: (kind: EntrySummary["kind"]) => string;
  approximate: string;
  area: string;
  openEntryPage: string;
  entryHref: (slug: string) => string;
}

/** Built with DOM calls, never HTML strings, so entry text cannot inject markup. */
export function entryPopupContent(entry: EntrySummary, labels: PopupLabels, thumbnail: EntryThumbnail | null): HTMLElement {
  const root = document.createElement("div");
  root.className = "entry-popup";
  if (thumbnail) {
    // Its size given, so the popup has its final size (and place) before the image arrives.
    const image = document.createElement("img");
    image.className = "entry-thumbnail entry-popup-thumbnail";
    image.src = thumbnail.url;
    image.width = thumbnail.width;
    image.height = thumbnail.height;
    image.alt = thumbnail.alt;
    image.loading = "lazy";
    image.decoding = "async";
    root.append(image);
  }
  const title = document.createElement("p");
  title.className = "entry-popup-title";
  title.textContent = entry.title;
  title.lang = entry.titleLocale;
  const meta = document.createElement("p");
  meta.className = "entry-popup-meta";
  meta.textContent = [labels.kind(entry.kind), entry.dateLabel].filter(Boolean).join(" · ");
  root.append(title, meta);
  if (entry.locationPrecision !== "exact") {
    const note = document.createElement("p");
    note.className = "entry-popup-note";
    note.textContent = entry.locationPrecision === "area" ? labels.area : labels.approximate;
    root.append(note);
  }
  const link = document.createElement("a");
  link.href = labels.entryHref(entry.slug);
  link.textContent = labels.openEntryPage;
  root.append(link);
  return root;
}
