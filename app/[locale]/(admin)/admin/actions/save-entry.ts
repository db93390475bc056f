"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { entryFormValues } from "@/components/admin/entry-form-values";
import { authorizedAction } from "@/lib/auth/authorized";
import { EntryFieldError } from "@/lib/data/entries/entry-field-error";
import { getEntryForEditing } from "@/lib/data/entries/get-entry-for-editing";
import { createEntryDraft, EditConflictError, updateEntry } from "@/lib/data/entries/save-entry";
import { AppError } from "@/lib/data/errors";
import type { EntrySnapshot } from "@/lib/revisions/entry-snapshot";
import { entryEditSchema } from "@/lib/validation/entry-edit";
import { type EntryFormValues, entryFieldErrors, entryFormInput, readEntryForm } from "@/lib/validation/entry-form";
import { refusalText } from "@/lib/validation/messages";

export interface SaveEntryState {
  status: "idle" | "saved" | "invalid" | "conflict" | "error";
  values: EntryFormValues;
  fieldErrors: Record<string, string>;
  message?: string;
  version?: number;
  current?: EntrySnapshot;
}

export const saveEntry = authorizedAction(
  "entries.edit",
  async (user, _previous: SaveEntryState, form: FormData): Promise<SaveEntryState> => {
    const values = readEntryForm(form);
    const parsed = entryEditSchema.safeParse(entryFormInput(values));
    const t = await getTranslations("validation");
    if (!parsed.success) return { status: "invalid", values, fieldErrors: entryFieldErrors(parsed.error, t) };
    try {
      if (!values.entryId) {
        const created = await createEntryDraft(parsed.data, user);
        redirect(`/${await getLocale()}/admin/entries/${created.slug}?created=1`);
      }
      const { version } = await updateEntry({
        entryId: values.entryId,
        expectedVersion: Number(values.expectedVersion),
        edit: parsed.data,
        actor: user,
      });
      revalidatePath("/[locale]/admin/entries", "layout");
      // New sources now have keys: the rows come back as saved, so saving again cites them instead of making them twice.
      const saved = await getEntryForEditing(parsed.data.slug);
      const { relations, citations } = saved ? entryFormValues(saved) : values;
      return { status: "saved", values: { ...values, expectedVersion: String(version), relations, citations }, fieldErrors: {}, version };
    } catch (error) {
      if (error instanceof EditConflictError) {
        // The next save is made knowingly over what is there now.
        return {
          status: "conflict",
          values: { ...values, expectedVersion: String(error.currentVersion) },
          fieldErrors: {},
          version: error.currentVersion,
          current: error.current,
        };
      }
      if (error instanceof EntryFieldError) return { status: "invalid", values, fieldErrors: { [error.field]: refusalText(error, t) } };
      if (error instanceof AppError) return { status: "error", values, fieldErrors: {}, message: refusalText(error, t) };
      throw error;
    }
  },
);
