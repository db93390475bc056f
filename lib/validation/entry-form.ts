import type { ZodError } from "zod";
import { CONTENT_LOCALES } from "@/lib/content/locales";
import type { EntryEditInput } from "./entry-edit";
import { fieldErrors } from "./field-errors";

export const ENTRY_TEXT_FIELDS = ["title", "aliases", "summary", "description", "placeName", "locationNote", "authors", "dimensions"] as const;
const SCALAR_FIELDS = ["slug", "kind", "latitude", "longitude", "locationPrecision", "countryCode", "wikidataId", "date"] as const;

/** Everything the entry form holds, as typed: kept through any failure so nothing is lost. */
export interface EntryFormValues {
  entryId: string;
  expectedVersion: string;
  /** "slug", "date", "en.title", "ru.description", … */
  fields: Record<string, string>;
  comparableTo: string[];
}

export function readEntryForm(form: FormData): EntryFormValues {
  const fields: Record<string, string> = {};
  for (const name of SCALAR_FIELDS) fields[name] = String(form.get(name) ?? "");
  for (const locale of CONTENT_LOCALES) for (const name of ENTRY_TEXT_FIELDS) fields[`${locale}.${name}`] = String(form.get(`${locale}.${name}`) ?? "");
  return {
    entryId: String(form.get("entryId") ?? ""),
    expectedVersion: String(form.get("expectedVersion") ?? ""),
    fields,
    comparableTo: form.getAll("comparableTo").map(String),
  };
}

/** The form's values in the shape entryEditSchema checks, in the browser and on the server alike. */
export function entryFormInput(values: EntryFormValues): EntryEditInput {
  const { fields } = values;
  return {
    ...(Object.fromEntries(SCALAR_FIELDS.map((name) => [name, fields[name] ?? ""])) as Pick<EntryEditInput, (typeof SCALAR_FIELDS)[number]>),
    translations: Object.fromEntries(
      CONTENT_LOCALES.map((l) => [l, Object.fromEntries(ENTRY_TEXT_FIELDS.map((n) => [n, fields[`${l}.${n}`] ?? ""]))]),
    ) as EntryEditInput["translations"],
    comparableTo: values.comparableTo,
  };
}

/** Schema issues keyed by the form's field names ("en.title", not "translations.en.title"). */
export function entryFieldErrors(error: ZodError): Record<string, string> {
  return fieldErrors(error, (path) => path.replace(/^translations\./, ""));
}
