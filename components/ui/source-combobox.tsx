"use client";

import { useTranslations } from "next-intl";
import { type KeyboardEvent, type ReactNode, useEffect, useMemo, useState } from "react";
import type { SourceOption } from "@/lib/data/sources/source-option";
import { useSourceOptions } from "./use-source-options";
import "./entry-combobox.css";

export interface SourceComboboxProps {
  id: string;
  /** The form field the chosen key is submitted as. */
  name: string;
  /** The source's key as chosen (or kept from a refused save); "" for none. */
  value: string;
  onChange: (value: string) => void;
  /** Sources already known (those the record cites when the page opens): named without a request. */
  known: readonly SourceOption[];
  /** A line under the field saying what the value names: the source, or that no source has that key. */
  reading: { found: (option: SourceOption) => ReactNode; unknown: string };
  describedBy?: string;
  invalid?: boolean;
  inputRef?: (element: HTMLInputElement | null) => void;
}

const label = (option: SourceOption) => (option.publisher ? `${option.title} · ${option.publisher}` : option.title);

/**
 * A text field that finds recorded sources on the server as you type part of a title, publisher or
 * web address (WAI-ARIA combobox with a list box, as the entry picker): arrows move through the
 * matches, Enter chooses one, Escape closes the list. The field holds and submits the chosen source's
 * key, and the line under it names the source; the page never lists every source.
 */
export function SourceCombobox({ id, name, value, onChange, known, reading, describedBy, invalid, inputRef }: SourceComboboxProps) {
  const t = useTranslations("sourcePicker");
  const [titles, setTitles] = useState(() => new Map(known.map((option) => [option.key, option])));
  const [typed, setTyped] = useState(false);
  const [focused, setFocused] = useState(false);
  const [active, setActive] = useState(-1);
  const key = value.trim();
  // Search while the person types, and once for a key nobody has named yet (one kept from a refused save).
  const search = useSourceOptions(typed || (key && !titles.has(key)) ? value : "");
  const options = search.status === "done" ? search.options : [];
  const open = focused && typed && (search.status === "done" || search.status === "failed");

  useEffect(() => {
    setActive(-1);
    if (search.status !== "done" || search.options.length === 0) return;
    setTitles((current) => {
      const next = new Map(current);
      for (const option of search.options) next.set(option.key, option);
      return next;
    });
  }, [search]);

  const resolved = useMemo((): SourceOption | null | undefined => {
    if (!key) return undefined;
    const option = titles.get(key);
    if (option) return option;
    return search.status === "done" && search.text === key ? null : undefined;
  }, [key, titles, search]);

  function choose(option: SourceOption) {
    setTitles((current) => new Map(current).set(option.key, option));
    setTyped(false);
    onChange(option.key);
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
        aria-describedby={[describedBy, readingId].filter(Boolean).join(" ")}
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
            key={option.key}
            id={optionId(index)}
            role="option"
            tabIndex={-1}
            aria-selected={index === active}
            // Keep the focus in the field, so choosing with the mouse does not close the list first.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(option)}
          >
            {label(option)} {option.url ? <span className="entry-combobox-detail">{option.url}</span> : null}
          </div>
        ))}
      </div>
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
      <p id={readingId} className="hint">
        {resolved ? reading.found(resolved) : resolved === null ? reading.unknown : null}
      </p>
    </div>
  );
}
