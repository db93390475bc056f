"use client";

import { CONTENT_LOCALES, type ContentLocale } from "@/lib/content/locales";
import type { LocalizedNote } from "@/lib/content/localized-note";
import { FieldError, fieldDescription } from "./field-error";

export interface NoteInputsProps {
  /** The form name of the note, "relations.0.note": each language's input is "<name>.en", "<name>.ru". */
  name: string;
  value: LocalizedNote;
  /** The label of one language's input ("Note on the link in Russian"). */
  label: (locale: ContentLocale) => string;
  onChange: (locale: ContentLocale, text: string) => void;
  errors: Record<string, string>;
}

/** One input per language for a short note, each marked with its language so it is spelt and read in it. */
export function NoteInputs({ name, value, label, onChange, errors }: NoteInputsProps) {
  return CONTENT_LOCALES.map((locale) => {
    const field = `${name}.${locale}`;
    return (
      <div className="field" key={locale}>
        <label htmlFor={field}>{label(locale)}</label>
        <input
          id={field}
          name={field}
          lang={locale}
          value={value[locale]}
          onChange={(e) => onChange(locale, e.target.value)}
          {...fieldDescription(field, errors)}
        />
        <FieldError name={field} errors={errors} />
      </div>
    );
  });
}
