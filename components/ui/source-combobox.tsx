"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { SourceOption } from "@/lib/data/sources/source-option";
import { SOURCE_OPTIONS_LIMIT } from "@/lib/validation/source";
import { comboboxWords, SearchCombobox } from "./search-combobox";

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
 * The citation picker: a search combobox finding recorded sources on the server by part of a title,
 * publisher or web address. The field holds and submits the chosen source's key, and the line under
 * it names the source; the page never lists every source.
 */
export function SourceCombobox(props: SourceComboboxProps) {
  const t = useTranslations("sourcePicker");
  return (
    <SearchCombobox<SourceOption>
      {...props}
      keyOf={(option) => option.key}
      requestFor={(text) => `/api/v1/admin/source-options?${new URLSearchParams({ q: text, limit: String(SOURCE_OPTIONS_LIMIT) })}`}
      requestKey="sources"
      renderOption={(option) => (
        <>
          {label(option)} {option.url ? <span className="entry-combobox-detail">{option.url}</span> : null}
        </>
      )}
      words={comboboxWords(t)}
    />
  );
}
