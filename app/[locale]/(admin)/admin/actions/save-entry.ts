"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { authorizedAction } from "@/lib/auth/authorized";
import { AppError } from "@/lib/data/errors";
import { createEntryDraft, EditConflictError, updateEntry } from "@/lib/data/entries/save-entry";
import type { EntrySnapshot } from "@/lib/revisions/entry-snapshot";
import { entryEditSchema } from "@/lib/validation/entry-edit";
import { entryFieldErrors, entryFormInput, readEntryForm, type EntryFormValues } from "@/lib/validation/entry-form";

export interface SaveEntryState {
  status: "idle" | "saved" | "invalid" | "conflict" | "error";
  values: EntryFormValues;
  fieldErrors: Record<string, string>;
  message?: string;
  version?: number;
  current?: EntrySnapshot;
}

export const saveEntry = authorizedAction("entries.edit", async (user, _previous: SaveEntryState, form: FormData): Promise<SaveEntryState> => {
  const values = readEntryForm(form);
  const parsed = entryEditSchema.safeParse(entryFormInput(values));
  if (!parsed.success) return { status: "invalid", values, fieldErrors: entryFieldErrors(parsed.error) };
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
