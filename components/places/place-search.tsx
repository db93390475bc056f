"use client";

import { useLocale, useTranslations } from "next-intl";
import { type KeyboardEvent, useId, useMemo, useState } from "react";
import type { PlaceResult } from "@/lib/gazetteer/place-result";
import { usePlaceSearch } from "./use-place-search";
import "./places.css";

export interface PlaceSearchProps {
  /** Called with the chosen place's point (and the place), e.g. to centre a map there. */
  onPick: (latitude: number, longitude: number, place: PlaceResult) => void;
  /** The entry's stated country (ISO alpha-2): its places rank first. */
  country?: string | null;
}

/**
 * A combobox (WAI-ARIA 1.2: an input that controls a listbox) over the gazetteer: the collection's
 * places and the world's towns, in English or Russian. Arrows move through the list, Enter chooses,
 * Escape closes it (and, when closed, clears the text).
 */
export function PlaceSearch({ onPick, country }: PlaceSearchProps) {
  const t = useTranslations("places");
  const kinds = useTranslations("kinds");
  const locale = useLocale();
  const id = useId();
  const [text, setText] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const state = usePlaceSearch(text, { locale, country });
  const places = state.status === "done" ? state.places : [];
  const countryNames = useMemo(() => new Intl.DisplayNames([locale], { type: "region" }), [locale]);
  const expanded = open && places.length > 0;
  const listId = `${id}-places`;
  const optionId = (index: number) => `${id}-place-${index}`;

  const pick = (place: PlaceResult) => {
    setText(place.name);
    setOpen(false);
    setActive(-1);
    onPick(place.latitude, place.longitude, place);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      setOpen(true);
      if (places.length === 0) return;
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((current) => (current + step + places.length) % places.length);
    } else if (event.key === "Enter") {
      // A form around the picker must not be submitted by choosing a place.
      if (expanded) event.preventDefault();
      const place = places[Math.max(active, 0)];
      if (expanded && place) pick(place);
    } else if (event.key === "Escape") {
      if (expanded) setOpen(false);
      else setText("");
      setActive(-1);
    }
  };

  return (
    <div className="place-search">
      <label htmlFor={`${id}-input`}>{t("searchLabel")}</label>
      <div className="place-search-field">
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
          aria-describedby={`${id}-hint`}
          value={text}
          onChange={(event) => {
            setText(event.target.value);
            setOpen(true);
            setActive(-1);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        <div id={listId} role="listbox" aria-label={t("searchLabel")} hidden={!expanded}>
          {places.map((place, index) => (
            <div
              key={place.id}
              id={optionId(index)}
              role="option"
              aria-selected={index === active}
              // Focus stays in the input (aria-activedescendant names the active option).
              tabIndex={-1}
              // Chosen on mouse down, before the input's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault();
                pick(place);
              }}
            >
              <span className="place-name">{place.name}</span>{" "}
              {place.matchedName ? (
                <>
                  <span className="place-matched">{t("matchedName", { name: place.matchedName })}</span>{" "}
                </>
              ) : null}
              <span className="place-detail">
                {[
                  place.country ? countryNames.of(place.country) : null,
                  place.kind ? `${kinds(place.kind)}, ${t("inCollection")}` : null,
                  place.population ? t("population", { population: place.population }) : null,
                ]
                  .filter(Boolean)
                  .join(" · ")}
              </span>
            </div>
          ))}
        </div>
      </div>
      <p id={`${id}-hint`} className="place-search-hint">
        {t("searchHint")}
      </p>
      <p className="sr-only" role="status" aria-live="polite">
        {state.status === "searching" && t("searching")}
        {state.status === "done" && (places.length ? t("found", { count: places.length }) : t("noMatch", { query: state.query }))}
        {state.status === "failed" && t("failed")}
      </p>
      {open && state.status === "done" && places.length === 0 && (
        <p className="place-search-empty">{t("noMatch", { query: state.query })}</p>
      )}
      {state.status === "failed" && <p className="place-search-empty">{t("failed")}</p>}
      <p className="place-search-attribution">{t("attribution")}</p>
    </div>
  );
}
