import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import { ENTRY_KIND_LABELS } from "@/lib/content/entry-kinds";

/** Built with DOM calls, never HTML strings, so entry text cannot inject markup. */
export function entryPopupContent(entry: EntrySummary): HTMLElement {
  const root = document.createElement("div");
  root.className = "entry-popup";
  const title = document.createElement("p");
  title.className = "entry-popup-title";
  title.textContent = entry.title;
  title.lang = entry.titleLocale;
  const meta = document.createElement("p");
  meta.className = "entry-popup-meta";
  meta.textContent = [ENTRY_KIND_LABELS[entry.kind], entry.dateLabel].filter(Boolean).join(" · ");
  root.append(title, meta);
  if (entry.locationPrecision !== "exact") {
    const note = document.createElement("p");
    note.className = "entry-popup-note";
    note.textContent = entry.locationPrecision === "area" ? "Area: shown at a representative point" : "Approximate location";
    root.append(note);
  }
  const link = document.createElement("a");
  link.href = `/entries/${entry.slug}`;
  link.textContent = "Open entry page";
  root.append(link);
  return root;
}
