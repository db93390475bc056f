import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import type { StaffUser } from "@/lib/auth/current-user";
import { moveImportDrafts } from "@/lib/data/imports/move-import-drafts";
import { type FormFailureStatus, formStateFromError } from "@/lib/errors/form-state-from-error";
import { invalidRequest } from "@/lib/errors/invalid-request";
import type { ImportDraftsState } from "./import-drafts-state";

const formSchema = z.object({ id: z.string().min(1) });

/** Moves the import named by the form's `id` on, and redraws the staff pages that count or list its entries. */
export async function moveImportDraftsFromForm(user: StaffUser, form: FormData, to: "in_review" | "published"): Promise<ImportDraftsState> {
  try {
    const parsed = formSchema.safeParse(Object.fromEntries(form));
    if (!parsed.success) throw invalidRequest(parsed.error, "body");
    const { changed } = await moveImportDrafts(parsed.data.id, { to, actor: user });
    revalidatePath("/[locale]/admin", "layout");
    return { status: "moved", changed };
  } catch (error) {
    const { status, message } = formStateFromError(error, await getTranslations("validation"));
    return { status, message };
  }
}

/** A refusal of the person (signed out, a role that may not) in the same shape. */
export const refusedImportDrafts = ({ status, message }: { status: FormFailureStatus; message?: string }): ImportDraftsState => ({
  status,
  message,
});
