"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { authorizedAction } from "@/lib/auth/authorized";
import { CONTENT_LOCALES } from "@/lib/content/locales";
import { AppError } from "@/lib/data/errors";
import { createEntryDraft, EditConflictError, updateEntry } from "@/lib/data/entries/save-entry";
import type { EntrySnapshot } from "@/lib/revisions/entry-snapshot";
import { entryEditSchema } from "@/lib/validation/entry-edit";

const TEXT_FIELDS = ["title", "aliases", "summary", "description", "placeName", "locationNote", "authors", "dimensions"] as const;
const SCALAR_FIELDS = ["slug", "kind", "latitude", "longitude", "locationPrecision", "countryCode", "wikidataId", "date"] as const;

/** Everything the form holds, as typed: sent back on any failure so nothing is lost. */
export interface EntryFormValues {
  entryId: string;
  expectedVersion: string;
  fields: Record<string, string>;
  comparableTo: string[];
}

export interface SaveEntryState {
  status: "idle" | "saved" | "invalid" | "conflict" | "error";
  values: EntryFormValues;
  fieldErrors: Record<string, string>;
  message?: string;
  version?: number;
  current?: EntrySnapshot;
}

function readForm(form: FormData): EntryFormValues {
  const fields: Record<string, string> = {};
  for (const name of SCALAR_FIELDS) fields[name] = String(form.get(name) ?? "");
  for (const locale of CONTENT_LOCALES) for (const name of TEXT_FIELDS) fields[`${locale}.${name}`] = String(form.get(`${locale}.${name}`) ?? "");
  return {
    entryId: String(form.get("entryId") ?? ""),
    expectedVersion: String(form.get("expectedVersion") ?? ""),
    fields,
    comparableTo: form.getAll("comparableTo").map(String),
  };
}

export const saveEntry = authorizedAction("entries.edit", async (user, _previous: SaveEntryState, form: FormData): Promise<SaveEntryState> => {
  const values = readForm(form);
  const { fields } = values;
  const parsed = entryEditSchema.safeParse({
    ...Object.fromEntries(SCALAR_FIELDS.map((name) => [name, fields[name]])),
    translations: Object.fromEntries(CONTENT_LOCALES.map((l) => [l, Object.fromEntries(TEXT_FIELDS.map((n) => [n, fields[`${l}.${n}`]]))])),
    comparableTo: values.comparableTo,
  });
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[issue.path.join(".").replace(/^translations\./, "")] ??= issue.message;
    return { status: "invalid", values, fieldErrors };
  }
  try {
    if (!values.entryId) {
      const created = await createEntryDraft(parsed.data, user);
      redirect(`/${await getLocale()}/admin/entries/${created.slug}?created=1`);
    }
    const { version } = await updateEntry({ entryId: values.entryId, expectedVersion: Number(values.expectedVersion), edit: parsed.data, actor: user });
    revalidatePath("/[locale]/admin/entries", "layout");
    return { status: "saved", values: { ...values, expectedVersion: String(version) }, fieldErrors: {}, version };
  } catch (error) {
    if (error instanceof EditConflictError) {
      // The next save is made knowingly over what is there now.
      return { status: "conflict", values: { ...values, expectedVersion: String(error.currentVersion) }, fieldErrors: {}, version: error.currentVersion, current: error.current };
    }
    if (error instanceof AppError) return { status: "error", values, fieldErrors: {}, message: error.message };
    throw error;
  }
});
