"use client";

import { useTranslations } from "next-intl";
import { type KeyboardEvent, type Ref, useEffect, useMemo, useRef, useState } from "react";
import type { EntryOption } from "@/lib/data/search/search-entry-options";
import { type EntryOptionsScope, useEntryOptions } from "./use-entry-options";
import "./entry-combobox.css";

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
 * A text field that finds entries on the server as you type (WAI-ARIA combobox with a list box):
 * arrows move through the matches, Enter chooses one, Escape closes the list. What the field holds
 * and submits is the chosen entry's slug; a slug can also be typed or pasted directly.
 */
export function EntryCombobox({
  id,
  name,
  value,
  onChange,
  known = [],
  onResolve,
  reading,
  describedBy,
  invalid,
  required,
  inputRef,
  ...scope
}: EntryComboboxProps) {
  const t = useTranslations("entryPicker");
  const statuses = useTranslations("publication.statuses");
  const kinds = useTranslations("kinds");
  const [titles, setTitles] = useState(() => new Map(known.map((option) => [option.slug, option])));
  const [typed, setTyped] = useState(false);
  const [focused, setFocused] = useState(false);
  const [active, setActive] = useState(-1);
  const slug = value.trim();
  // Search while the person types, and once for a value nobody has named yet (a slug kept from a refused save).
  const search = useEntryOptions(typed || (slug && !titles.has(slug)) ? value : "", scope);
  const options = search.offered;
  const open = focused && typed && (search.status === "done" || search.status === "failed");

  // New matches: nothing highlighted yet, and every match named from now on.
  useEffect(() => {
    setActive(-1);
    if (search.status !== "done" || search.options.length === 0) return;
    setTitles((current) => {
      const next = new Map(current);
      for (const option of search.options) next.set(option.slug, option);
      return next;
    });
  }, [search]);

  const resolved = useMemo((): EntryOption | null | undefined => {
    if (!slug) return undefined;
    const option = titles.get(slug);
    if (option) return option;
    return search.status === "done" && search.text === slug ? null : undefined;
  }, [slug, titles, search]);
  // Told once per change of what the value names, however often the parent passes a new callback.
  const tell = useRef(onResolve);
  tell.current = onResolve;
  useEffect(() => {
    if (resolved !== undefined) tell.current?.(resolved);
  }, [resolved]);

  function choose(option: EntryOption) {
    setTitles((current) => new Map(current).set(option.slug, option));
    setTyped(false);
    onChange(option.slug);
  }

  function keyDown(event: KeyboardEvent<HTMLInputElement>) {
    const count = options.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (!typed) setTyped(true);
      if (count === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => (current === -1 ? (step === 1 ? 0 : count - 1) : (current + step + count) % count));
    } else if (event.key === "Enter" && open) {
      // Never submit the surrounding form from an open list: Enter chooses the highlighted match.
      event.preventDefault();
      const option = options[active];
      if (option) choose(option);
    } else if (event.key === "Escape" && open) {
      event.preventDefault();
      setTyped(false);
    }
  }

  const listId = `${id}-listbox`;
  const optionId = (index: number) => `${id}-option-${index}`;
  const readingId = `${id}-reads`;
  const detail = (option: EntryOption) =>
    scope.scope === "staff"
      ? `${option.slug} · ${kinds(option.kind as "event")} · ${statuses(option.status as "draft")}`
      : kinds(option.kind as "event");

  return (
    <div className="entry-combobox">
      <input
        id={id}
        ref={inputRef}
        name={name}
        type="text"
        role="combobox"
        aria-expanded={open && options.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={[describedBy, reading ? readingId : null].filter(Boolean).join(" ") || undefined}
        required={required}
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(event) => {
          setTyped(true);
          onChange(event.target.value);
        }}
        onKeyDown={keyDown}
        onFocus={() => setFocused(true)}
        onBlur={() => setFocused(false)}
      />
      <div id={listId} role="listbox" aria-label={t("suggestions")} hidden={!(open && options.length > 0)}>
        {options.map((option, index) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard stays in the field (aria-activedescendant), whose arrows and Enter choose
          <div
            key={option.slug}
            id={optionId(index)}
            role="option"
            tabIndex={-1}
            aria-selected={index === active}
            // Keep the focus in the field, so choosing with the mouse does not close the list first.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(option)}
          >
            <span lang={option.titleLocale}>{option.title}</span> <span className="entry-combobox-detail">{detail(option)}</span>
          </div>
        ))}
      </div>
      {/* One live region, always there: the count of matches for screen readers, "no match" for everyone. */}
      <p className="entry-combobox-status" aria-live="polite">
        {!open ? null : options.length === 0 ? (
          search.status === "failed" ? (
            t("failed")
          ) : (
            t("noMatch", { text: search.text })
          )
        ) : (
          <span className="sr-only">{t("found", { count: options.length })}</span>
        )}
      </p>
      {reading ? (
        <p id={readingId} className="hint">
          {resolved ? reading.found(resolved.title) : resolved === null ? reading.unknown : null}
        </p>
      ) : null}
    </div>
  );
}
