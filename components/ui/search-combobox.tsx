"use client";

import { type KeyboardEvent, type ReactNode, type Ref, useEffect, useMemo, useRef, useState } from "react";
import { useServerOptions } from "./use-server-options";
import "./entry-combobox.css";

/** How the list speaks: its name, the count of matches, nothing found, the search failed. */
export interface SearchComboboxWords {
  suggestions: string;
  found: (count: number) => string;
  noMatch: (text: string) => string;
  failed: string;
}

/** The words from a picker's namespace ("entryPicker", "sourcePicker"), which both have these keys. */
export function comboboxWords(
  t: (key: "suggestions" | "found" | "noMatch" | "failed", values?: Record<string, string | number>) => string,
) {
  return {
    suggestions: t("suggestions"),
    found: (count: number) => t("found", { count }),
    noMatch: (text: string) => t("noMatch", { text }),
    failed: t("failed"),
  };
}

export interface SearchComboboxProps<Option> {
  id: string;
  /** The form field the chosen option's key is submitted as; omitted when the parent submits it itself. */
  name?: string;
  /** The key as typed or chosen. */
  value: string;
  onChange: (value: string) => void;
  /** Options already known (what is chosen when the page opens): named without a request. */
  known: readonly Option[];
  /** What the field holds and submits for an option (an entry's slug, a source's key). */
  keyOf: (option: Option) => string;
  /** The address asking the server for the matches of a text; `requestKey` changes when anything else it reads does. */
  requestFor: (text: string) => string;
  requestKey: string;
  /** The matches offered out of those answered (some may be left out, such as those already chosen). */
  offer?: (options: Option[]) => Option[];
  renderOption: (option: Option) => ReactNode;
  words: SearchComboboxWords;
  /** Told what the value names once that is known: the option, or null when none has that key. */
  onResolve?: (option: Option | null) => void;
  /** A line under the field saying what the value names. */
  reading?: { found: (option: Option) => ReactNode; unknown: ReactNode };
  describedBy?: string;
  invalid?: boolean;
  required?: boolean;
  inputRef?: Ref<HTMLInputElement>;
}

/**
 * A text field that finds options on the server as you type (WAI-ARIA combobox with a list box):
 * arrows move through the matches, Enter chooses one, Escape closes the list. What the field holds
 * and submits is the chosen option's key; a key can also be typed or pasted directly.
 */
export function SearchCombobox<Option>({
  id,
  name,
  value,
  onChange,
  known,
  keyOf,
  requestFor,
  requestKey,
  offer = (options) => options,
  renderOption,
  words,
  onResolve,
  reading,
  describedBy,
  invalid,
  required,
  inputRef,
}: SearchComboboxProps<Option>) {
  const [named, setNamed] = useState(() => new Map(known.map((option) => [keyOf(option), option])));
  const [typed, setTyped] = useState(false);
  const [focused, setFocused] = useState(false);
  const [active, setActive] = useState(-1);
  const key = value.trim();
  // Search while the person types, and once for a value nobody has named yet (a key kept from a refused save).
  const search = useServerOptions<Option>(typed || (key && !named.has(key)) ? value : "", requestFor, requestKey);
  const options = useMemo(() => (search.status === "done" ? offer(search.options) : []), [search, offer]);
  const open = focused && typed && (search.status === "done" || search.status === "failed");

  // New matches: nothing highlighted yet, and every match named from now on.
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyOf reads only the option
  useEffect(() => {
    setActive(-1);
    if (search.status !== "done" || search.options.length === 0) return;
    setNamed((current) => {
      const next = new Map(current);
      for (const option of search.options) next.set(keyOf(option), option);
      return next;
    });
  }, [search]);

  const resolved = useMemo((): Option | null | undefined => {
    if (!key) return undefined;
    const option = named.get(key);
    if (option) return option;
    return search.status === "done" && search.text === key ? null : undefined;
  }, [key, named, search]);
  // Told once per change of what the value names, however often the parent passes a new callback.
  const tell = useRef(onResolve);
  tell.current = onResolve;
  useEffect(() => {
    if (resolved !== undefined) tell.current?.(resolved);
  }, [resolved]);

  function choose(option: Option) {
    setNamed((current) => new Map(current).set(keyOf(option), option));
    setTyped(false);
    onChange(keyOf(option));
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
      <div id={listId} role="listbox" aria-label={words.suggestions} hidden={!(open && options.length > 0)}>
        {options.map((option, index) => (
          // biome-ignore lint/a11y/useKeyWithClickEvents: the keyboard stays in the field (aria-activedescendant), whose arrows and Enter choose
          <div
            key={keyOf(option)}
            id={optionId(index)}
            role="option"
            tabIndex={-1}
            aria-selected={index === active}
            // Keep the focus in the field, so choosing with the mouse does not close the list first.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(option)}
          >
            {renderOption(option)}
          </div>
        ))}
      </div>
      {/* One live region, always there: the count of matches for screen readers, "no match" for everyone. */}
      <p className="entry-combobox-status" aria-live="polite">
        {!open ? null : options.length === 0 ? (
          search.status === "failed" ? (
            words.failed
          ) : (
            words.noMatch(search.status === "done" ? search.text : "")
          )
        ) : (
          <span className="sr-only">{words.found(options.length)}</span>
        )}
      </p>
      {reading ? (
        <p id={readingId} className="hint">
          {resolved ? reading.found(resolved) : resolved === null ? reading.unknown : null}
        </p>
      ) : null}
    </div>
  );
}
