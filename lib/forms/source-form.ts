import type { ZodError } from "zod";
import type { SourceForEditing } from "@/lib/data/sources/get-source-for-editing";
import type { ValidationTranslate } from "@/lib/validation/messages";
import type { SourceEditInput } from "@/lib/validation/source";
import { fieldErrors } from "./field-errors";

/** The source edit form's fields, named as the schema's paths so its errors land beside them. */
export const SOURCE_FORM_FIELDS = ["title", "language", "url", "publisher", "accessedOn", "note.en", "note.ru"] as const;
export type SourceFormValues = Record<(typeof SOURCE_FORM_FIELDS)[number], string>;

export function readSourceForm(form: FormData): SourceFormValues {
  return Object.fromEntries(SOURCE_FORM_FIELDS.map((name) => [name, String(form.get(name) ?? "")])) as SourceFormValues;
}

/** The form's values in the shape sourceEditSchema checks, in the browser and on the server alike. */
export function sourceFormInput(values: SourceFormValues): SourceEditInput {
  const { "note.en": en, "note.ru": ru, ...fields } = values;
  return { ...fields, note: { en, ru } };
}

export function sourceFieldErrors(error: ZodError, t: ValidationTranslate): Record<string, string> {
  return fieldErrors(error, t);
}

export function sourceFormValues(source: SourceForEditing): SourceFormValues {
  return {
    title: source.title,
    language: source.language ?? "",
    url: source.url ?? "",
    publisher: source.publisher ?? "",
    accessedOn: source.accessedOn ?? "",
    "note.en": source.note.en,
    "note.ru": source.note.ru,
  };
}
