"use client";

import { useTranslations } from "next-intl";
import { memo } from "react";
import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import { EntryButton } from "./entry-button";

export interface EntryListProps {
  entries: EntrySummary[];
  selectedId: string | null;
  /** Entries on the map that are drawn as clusters and so not listed one by one. */
  hiddenInClusters: number;
  onSelect: (entry: EntrySummary) => void;
}

/**
 * The keyboard and screen-reader way through what the map and timeline show: same entries, same
 * selection. Memoised: the explorer re-renders for the views' own changes, which leave the list as it is.
 */
export const EntryList = memo(function EntryList({ entries, selectedId, hiddenInClusters, onSelect }: EntryListProps) {
  const t = useTranslations("explorer");
  const kinds = useTranslations("kinds");
  const inView = entries.length + hiddenInClusters;
  return (
    <section className="entry-list" aria-labelledby="entry-list-heading">
      <h2 id="entry-list-heading">
        {t("listHeading")} <span className="count">({inView})</span>
      </h2>
      <p className="sr-only" aria-live="polite">
        {t("entriesInView", { count: inView })}
      </p>
      {hiddenInClusters > 0 ? <p className="clustered-note">{t("hiddenInClusters", { count: hiddenInClusters })}</p> : null}
      {entries.length === 0 ? (
        // With entries grouped on the map there is something here: the note above says how to list it.
        hiddenInClusters > 0 ? null : (
          <p className="empty">{t("emptyList")}</p>
        )
      ) : (
        <ul>
          {entries.map((entry) => (
            <li key={entry.id}>
              <EntryButton
                entry={entry}
                pressed={entry.id === selectedId}
                meta={[kinds(entry.kind), entry.dateLabel, entry.latitude === null ? t("notOnMap") : null].filter(Boolean).join(" · ")}
                onSelect={onSelect}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
});
