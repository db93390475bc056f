"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { authorizedAction } from "@/lib/auth/authorized";
import { updateSource } from "@/lib/data/sources/update-source";
import { formStateFromError } from "@/lib/errors/form-state-from-error";
import { readSourceForm, sourceFieldErrors, sourceFormInput, sourceFormValues } from "@/lib/forms/source-form";
import { sourceEditSchema } from "@/lib/validation/source";
import type { SaveSourceState } from "./save-source-state";

/** Saves a source's edit form (the source's key travels as `key`): whoever may edit entries may mend their sources. */
export const saveSourceAction = authorizedAction(
  "entries.edit",
  async (user, _previous: SaveSourceState, form: FormData): Promise<SaveSourceState> => {
    const values = readSourceForm(form);
    const parsed = sourceEditSchema.safeParse(sourceFormInput(values));
    const t = await getTranslations("validation");
    if (!parsed.success) return { status: "invalid", values, fieldErrors: sourceFieldErrors(parsed.error, t) };
    try {
      const saved = await updateSource({ key: String(form.get("key") ?? ""), fields: parsed.data, actor: user });
      revalidatePath("/[locale]/admin/sources", "layout");
      return { status: "saved", values: sourceFormValues(saved), fieldErrors: {} };
    } catch (error) {
      return { ...formStateFromError(error, t), values };
    }
  },
  ({ conflict: _, ...failure }, _previous, form) => ({ ...failure, values: readSourceForm(form) }),
);
