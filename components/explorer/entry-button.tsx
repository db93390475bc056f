import type { ReactNode } from "react";
import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import type { EntryThumbnail } from "@/lib/media/entry-thumbnail";
import { EntryThumbnailImage } from "./entry-thumbnail-image";

export interface EntryButtonProps {
  entry: EntrySummary;
  pressed: boolean;
  /** Kind, date and place, already in the page's language. */
  meta: string;
  onSelect: (entry: EntrySummary) => void;
  /** Shown under the meta line (a search's highlighted passage). */
  children?: ReactNode;
  /** The entry's image, where it has one (search results carry it). */
  thumbnail?: EntryThumbnail;
}

/** One entry in a list of the side column (in view, or found by a search): choosing it selects it in both views. */
export function EntryButton({ entry, pressed, meta, onSelect, children, thumbnail }: EntryButtonProps) {
  return (
    <button
      type="button"
      className={`entry-list-item kind-${entry.kind}`}
      aria-pressed={pressed}
      onClick={() => onSelect(entry)}
      data-entry-id={entry.id}
    >
      <span className="entry-list-title" lang={entry.titleLocale}>
        {entry.title}
      </span>
      <span className="entry-list-meta">{meta}</span>
      {children}
      {/* Last, so the button's name still starts with the entry's title. */}
      {thumbnail ? <EntryThumbnailImage thumbnail={thumbnail} className="entry-list-thumbnail" /> : null}
    </button>
  );
}
