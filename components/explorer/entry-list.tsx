"use client";

import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import { ENTRY_KIND_LABELS } from "@/lib/content/entry-kinds";

export interface EntryListProps {
  entries: EntrySummary[];
  selectedId: string | null;
  /** Entries on the map that are drawn as clusters and so not listed one by one. */
  hiddenInClusters: number;
  onSelect: (entry: EntrySummary) => void;
}

/** The keyboard and screen-reader way through what the map and timeline show: same entries, same selection. */
export function EntryList({ entries, selectedId, hiddenInClusters, onSelect }: EntryListProps) {
  return (
    <section className="entry-list" aria-labelledby="entry-list-heading">
      <h2 id="entry-list-heading">
        Entries in view <span className="count">({entries.length + hiddenInClusters})</span>
      </h2>
      <p className="sr-only" aria-live="polite">
        {entries.length + hiddenInClusters} entries in view
      </p>
      {hiddenInClusters > 0 ? (
        <p className="clustered-note">
          {hiddenInClusters} more {hiddenInClusters === 1 ? "entry is" : "entries are"} grouped on the map. Zoom in or choose a group to list them.
        </p>
      ) : null}
      {entries.length === 0 ? (
        <p className="empty">No entries in this part of the map and time. Zoom out or widen the timeline.</p>
      ) : (
        <ul>
          {entries.map((entry) => (
            <li key={entry.id}>
              <button
                type="button"
                className={`entry-list-item kind-${entry.kind}`}
                aria-pressed={entry.id === selectedId}
                onClick={() => onSelect(entry)}
                data-entry-id={entry.id}
              >
                <span className="entry-list-title" lang={entry.titleLocale}>
                  {entry.title}
                </span>
                <span className="entry-list-meta">
                  {ENTRY_KIND_LABELS[entry.kind]}
                  {entry.dateLabel ? ` · ${entry.dateLabel}` : ""}
                  {entry.latitude === null ? " · not on the map" : ""}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
