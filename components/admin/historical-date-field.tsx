"use client";

import { useState } from "react";
import { useValidationText } from "@/lib/validation/use-validation-text";
import { FieldError, fieldDescription } from "./field-error";
import { useHistoricalDateReading } from "./use-historical-date-reading";

/**
 * A historical date typed as EDTF ("1942-08/1943-02", "1967~"), with a hint and, as it is typed,
 * how the public pages will read it or why they cannot: the entry's date and an article's
 * publication date alike.
 */
export function HistoricalDateField({
  name,
  label,
  hint,
  initial,
  fieldErrors,
  readsAs,
}: {
  name: string;
  label: string;
  hint: string;
  initial: string;
  fieldErrors: Record<string, string>;
  /** "Reads as: …" in the editor's words. */
  readsAs: (label: string) => string;
}) {
  const [text, setText] = useState(initial);
  const validation = useValidationText();
  const reading = useHistoricalDateReading(text);
  const preview = reading && ("label" in reading ? readsAs(reading.label) : validation("dateNotReadable", { reason: reading.error }));
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <input
        id={name}
        name={name}
        value={text}
        onChange={(event) => setText(event.target.value)}
        {...fieldDescription(name, fieldErrors, `${name}-hint`, `${name}-preview`)}
      />
      <p id={`${name}-hint`} className="hint">
        {hint}
      </p>
      <p id={`${name}-preview`} className="hint" aria-live="polite">
        {preview}
      </p>
      <FieldError name={name} errors={fieldErrors} />
    </div>
  );
}
