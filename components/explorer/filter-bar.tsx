"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useState } from "react";
import { ENTRY_KINDS, type EntryKind } from "@/lib/content/entry-kinds";
import { type ExplorerFilters, NO_FILTERS } from "@/lib/url-state/explorer-url-state";

export interface FilterBarProps {
  filters: ExplorerFilters;
  countries: string[];
  themes: { slug: string; name: string }[];
  onChange: (filters: ExplorerFilters) => void;
}

const TYPING_DELAY_MS = 300;

/** Search and filters that narrow the map, the timeline and the list together. */
export function FilterBar({ filters, countries, themes, onChange }: FilterBarProps) {
  const t = useTranslations("filters");
  const kinds = useTranslations("kinds");
  const locale = useLocale();
  const [text, setText] = useState(filters.q);
  const countryNames = useMemo(() => new Intl.DisplayNames([locale], { type: "region" }), [locale]);

  useEffect(() => setText(filters.q), [filters.q]);
  useEffect(() => {
    if (text.trim() === filters.q) return;
    const timer = setTimeout(() => onChange({ ...filters, q: text.trim() }), TYPING_DELAY_MS);
    return () => clearTimeout(timer);
  }, [text, filters, onChange]);

  const toggleKind = (kind: EntryKind, on: boolean) =>
    onChange({ ...filters, kinds: on ? [...filters.kinds, kind] : filters.kinds.filter((k) => k !== kind) });
  const year = (value: string) => (/^-?\d{0,4}$/.test(value) ? value : null);

  return (
    <form className="filter-bar" role="search" aria-label={t("heading")} onSubmit={(event) => event.preventDefault()}>
      <label className="filter-search">
        <span>{t("search")}</span>
        <input type="search" value={text} onChange={(event) => setText(event.target.value)} maxLength={200} />
      </label>
      <fieldset className="filter-kinds">
        <legend>{t("kinds")}</legend>
        {ENTRY_KINDS.map((kind) => (
          <label key={kind}>
            <input type="checkbox" checked={filters.kinds.includes(kind)} onChange={(event) => toggleKind(kind, event.target.checked)} />
            {kinds(kind)}
          </label>
        ))}
      </fieldset>
      <label>
        <span>{t("country")}</span>
        <select
          value={filters.countries[0] ?? ""}
          onChange={(event) => onChange({ ...filters, countries: event.target.value ? [event.target.value] : [] })}
        >
          <option value="">{t("allCountries")}</option>
          {countries.map((code) => (
            <option key={code} value={code}>
              {countryNames.of(code) ?? code}
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t("theme")}</span>
        <select
          value={filters.tags[0] ?? ""}
          onChange={(event) => onChange({ ...filters, tags: event.target.value ? [event.target.value] : [] })}
        >
          <option value="">{t("allThemes")}</option>
          {themes.map((theme) => (
            <option key={theme.slug} value={theme.slug}>
              {theme.name}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="filter-dates">
        <legend>{t("dateRange")}</legend>
        <label>
          <span>{t("after")}</span>
          <input
            inputMode="numeric"
            size={5}
            value={filters.after}
            onChange={(event) => {
              const value = year(event.target.value);
              if (value !== null) onChange({ ...filters, after: value });
            }}
          />
        </label>
        <label>
          <span>{t("before")}</span>
          <input
            inputMode="numeric"
            size={5}
            value={filters.before}
            onChange={(event) => {
              const value = year(event.target.value);
              if (value !== null) onChange({ ...filters, before: value });
            }}
          />
        </label>
      </fieldset>
      <label>
        <input
          type="checkbox"
          checked={filters.comparable}
          onChange={(event) => onChange({ ...filters, comparable: event.target.checked })}
        />
        {t("comparable")}
      </label>
      <button type="button" onClick={() => onChange(NO_FILTERS)} disabled={JSON.stringify(filters) === JSON.stringify(NO_FILTERS)}>
        {t("clear")}
      </button>
    </form>
  );
}
