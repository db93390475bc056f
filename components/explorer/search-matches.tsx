"use client";

import { useTranslations } from "next-intl";
import { memo } from "react";
import { HighlightedSnippet } from "@/components/search/highlighted-snippet";
import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import type { EntrySearchResult } from "@/lib/data/search/search-collection";
import { EntryButton } from "./entry-button";
import "./search-matches.css";

export interface SearchMatchesProps {
  query: string;
  /** Null while the first answer is on its way. */
  entries: EntrySearchResult[] | null;
  error: boolean;
  loading: boolean;
  onlyInView: boolean;
  onOnlyInViewChange: (on: boolean) => void;
  selectedId: string | null;
  onSelect: (entry: EntrySummary) => void;
}

/**
 * What the search finds across the collection, wherever the map and the timeline are: each match
 * says where and when it is, and choosing one brings both views to it. "Only in the map view" is a
 * filter the visitor turns on, not the rule.
 */
export const SearchMatches = memo(function SearchMatches({
  query,
  entries,
  error,
  loading,
  onlyInView,
  onOnlyInViewChange,
  selectedId,
  onSelect,
}: SearchMatchesProps) {
  const t = useTranslations("explorerSearch");
  const kinds = useTranslations("kinds");
  return (
    <section className="search-matches" aria-labelledby="search-matches-heading" aria-busy={loading}>
      <h2 id="search-matches-heading">
        {t("heading")} {entries ? <span className="count">({entries.length})</span> : null}
      </h2>
      <label className="toggle">
        <input type="checkbox" checked={onlyInView} onChange={(event) => onOnlyInViewChange(event.target.checked)} />
        {t("onlyInView")}
      </label>
      <p className="sr-only" aria-live="polite">
        {entries ? t("found", { count: entries.length, query }) : ""}
      </p>
      {error ? <p className="empty">{t("error")}</p> : null}
      {entries && entries.length === 0 && !error ? <p className="empty">{onlyInView ? t("noneInView") : t("none", { query })}</p> : null}
      {entries && entries.length > 0 ? (
        <ul>
          {entries.map((entry) => (
            <li key={entry.id}>
              <EntryButton
                entry={entry}
                pressed={entry.id === selectedId}
                meta={[kinds(entry.kind), entry.dateLabel, entry.placeName ?? (entry.latitude === null ? t("notOnMap") : null)]
                  .filter(Boolean)
                  .join(" · ")}
                onSelect={onSelect}
                thumbnail={entry.thumbnail}
              >
                {entry.snippet ? (
                  <span className="search-match-snippet">
                    <HighlightedSnippet parts={entry.snippet} />
                  </span>
                ) : null}
              </EntryButton>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
});
