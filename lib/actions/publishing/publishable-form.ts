import { revalidatePath } from "next/cache";
import { z } from "zod";
import type { AnyPublishableType } from "@/lib/data/publishing/publishable-type";
import { PUBLISHABLE_NAMES } from "@/lib/data/publishing/publishable-types";
import { isAppError } from "@/lib/errors/app-error";

/** The hidden fields that name a record in the status, delete and restore forms: its kind, id and the version the page showed. */
export const recordFormSchema = z.object({
  type: z.enum(PUBLISHABLE_NAMES),
  id: z.string().min(1),
  expectedVersion: z.coerce.number().int(),
});

/**
 * Makes a change to a record and redraws its staff pages. A change refused because someone saved
 * meanwhile changes nothing: the redrawn page shows the record as it is now, and the person decides again.
 */
export async function changeAndRedraw(record: AnyPublishableType, change: () => Promise<unknown>): Promise<void> {
  try {
    await change();
  } catch (error) {
    if (!isAppError(error, "EDIT_CONFLICT")) throw error;
  }
  revalidatePath(`/[locale]/admin/${record.path}`, "layout");
}
