"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizedAction } from "@/lib/auth/authorized";
import { PUBLICATION_STATUSES } from "@/lib/content/entry-kinds";
import { changeEntryStatus } from "@/lib/data/entries/change-entry-status";
import { isAppError } from "@/lib/errors/app-error";

const moveSchema = z.object({ entryId: z.string().min(1), expectedVersion: z.coerce.number().int(), to: z.enum(PUBLICATION_STATUSES) });

/** Review and publication: the data layer checks the move against the user's role. */
export const changeEntryStatusAction = authorizedAction("entries.edit", async (user, form: FormData): Promise<void> => {
  const move = moveSchema.parse(Object.fromEntries(form));
  try {
    await changeEntryStatus({ ...move, actor: user });
  } catch (error) {
    // Saved by someone else meanwhile: show the entry as it is now and let the person decide again.
    if (!isAppError(error, "EDIT_CONFLICT")) throw error;
  }
  revalidatePath("/[locale]/admin/entries", "layout");
});
