"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { authorizedAction } from "@/lib/auth/authorized";
import { createEntryDraft } from "@/lib/data/entries/create-entry-draft";
import { ENTRY } from "@/lib/data/entries/entry-record";
import { getRecordForEditing } from "@/lib/data/publishing/get-record-for-editing";
import { saveRecordEdit } from "@/lib/data/publishing/save-record-edit";
import type { EditConflict } from "@/lib/errors/app-error";
import { formStateFromError } from "@/lib/errors/form-state-from-error";
import { type EntryFormValues, entryFieldErrors, entryFormInput, entryFormValues, readEntryForm } from "@/lib/forms/entry-form";
import type { SaveState } from "@/lib/forms/save-state";
import type { EntrySnapshot } from "@/lib/revisions/entry-snapshot";
import { entryEditSchema } from "@/lib/validation/entry-edit";

export interface SaveEntryState extends SaveState<EntryFormValues> {
  /** After a conflict: the entry as someone else saved it. */
  conflict?: EditConflict<EntrySnapshot>;
}

export const saveEntryAction = authorizedAction(
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
      const saved = await saveRecordEdit(ENTRY, {
        id: values.entryId,
        expectedVersion: Number(values.expectedVersion),
        edit: parsed.data,
        actor: user,
      });
      revalidatePath("/[locale]/admin", "layout");
      if (saved.outcome === "proposed") return { status: "proposed", values, fieldErrors: {} };
      const { version } = saved;
      // New sources now have keys: the rows come back as saved, so saving again cites them instead of making them twice.
      const stored = await getRecordForEditing(ENTRY, parsed.data.slug);
      const { relations, citations } = stored ? entryFormValues(stored) : values;
      return { status: "saved", values: { ...values, expectedVersion: String(version), relations, citations }, fieldErrors: {}, version };
    } catch (error) {
      const failure = formStateFromError<EntrySnapshot>(error, t);
      // After a conflict the next save is made knowingly over what is there now.
      const expectedVersion = failure.conflict ? String(failure.conflict.currentVersion) : values.expectedVersion;
      return { ...failure, values: { ...values, expectedVersion } };
    }
  },
  ({ conflict: _, ...failure }, _previous, form) => ({ ...failure, values: readEntryForm(form) }),
);
