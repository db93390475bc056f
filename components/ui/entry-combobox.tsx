"use client";

import { useLocale, useTranslations } from "next-intl";
import { type Ref, useCallback } from "react";
import type { EntryOption } from "@/lib/data/search/search-entry-options";
import { ENTRY_OPTIONS_LIMIT, ENTRY_OPTIONS_MAX } from "@/lib/validation/entry-options";
import { comboboxWords, SearchCombobox } from "./search-combobox";

/** Which entries a picker may offer: staff choose among every status, visitors among published entries. */
export interface EntryOptionsScope {
  scope: "staff" | "public";
  kind?: string;
  /** Slugs already chosen: not offered again. */
  exclude?: readonly string[];
}

const ENDPOINTS = { staff: "/api/v1/admin/entry-options", public: "/api/v1/entry-options" } as const;

export interface EntryComboboxProps extends EntryOptionsScope {
  id: string;
  /** The form field the chosen slug is submitted as; omitted when the parent submits it itself. */
  name?: string;
  /** The slug as typed or chosen. */
  value: string;
  onChange: (value: string) => void;
  /** Entries already known by title (what is chosen when the page opens): named without a request. */
  known?: readonly EntryOption[];
  /** Told what the value names once that is known: the entry, or null when no entry has that slug. */
  onResolve?: (option: EntryOption | null) => void;
  /** A line under the field saying what the value names. */
  reading?: { found: (title: string) => string; unknown: string };
  describedBy?: string;
  invalid?: boolean;
  required?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A text field that finds entries on the server as you type (the search combobox): what it holds and
 * submits is the chosen entry's slug; a slug can also be typed or pasted directly. All matches are
 * asked for (to name what was typed, even an excluded slug); the excluded ones are not offered, and
 * asked for in addition so the list is never short.
 */
export function EntryCombobox({ scope, kind, exclude = [], known = [], reading, ...field }: EntryComboboxProps) {
  const t = useTranslations("entryPicker");
  const statuses = useTranslations("publication.statuses");
  const kinds = useTranslations("kinds");
  const locale = useLocale();
  const excluded = exclude.join(",");
  const limit = Math.min(ENTRY_OPTIONS_MAX, ENTRY_OPTIONS_LIMIT + exclude.length);
  const offer = useCallback(
    (options: EntryOption[]) => {
      const left = new Set(excluded.split(","));
      return options.filter((option) => !left.has(option.slug)).slice(0, ENTRY_OPTIONS_LIMIT);
    },
    [excluded],
  );
  const detail = (option: EntryOption) =>
    scope === "staff"
      ? `${option.slug} · ${kinds(option.kind as "event")} · ${statuses(option.status as "draft")}`
      : kinds(option.kind as "event");
  return (
    <SearchCombobox<EntryOption>
      {...field}
      known={known}
      keyOf={(option) => option.slug}
      requestFor={(text) => {
        const params = new URLSearchParams({ q: text, locale, limit: String(limit) });
        if (kind) params.set("kind", kind);
        return `${ENDPOINTS[scope]}?${params}`;
      }}
      requestKey={[scope, kind, limit, locale].join("|")}
      offer={offer}
      renderOption={(option) => (
        <>
          <span lang={option.titleLocale}>{option.title}</span> <span className="entry-combobox-detail">{detail(option)}</span>
        </>
      )}
      words={comboboxWords(t)}
      reading={reading && { found: (option) => reading.found(option.title), unknown: reading.unknown }}
    />
  );
}
