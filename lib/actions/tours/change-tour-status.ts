"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizedAction } from "@/lib/auth/authorized";
import { PUBLICATION_STATUSES } from "@/lib/content/entry-kinds";
import { changeRecordStatus } from "@/lib/data/publishing/change-record-status";
import { TOUR } from "@/lib/data/tours/tour-record";
import { isAppError } from "@/lib/errors/app-error";

const moveSchema = z.object({ id: z.string().min(1), expectedVersion: z.coerce.number().int(), to: z.enum(PUBLICATION_STATUSES) });

/**
 * A tour's review moves from its editor page: its teacher sends it for review or takes it back,
 * curators publish (feature) or archive it; the data layer checks the move, the role and the owner.
 * A move on a version someone changed meanwhile changes nothing; the redrawn page shows it as it is.
 */
export const changeTourStatusAction = authorizedAction("tours.create", async (user, form: FormData): Promise<void> => {
  const move = moveSchema.parse(Object.fromEntries(form));
  try {
    await changeRecordStatus(TOUR, { ...move, actor: user });
  } catch (error) {
    if (!isAppError(error, "EDIT_CONFLICT")) throw error;
  }
  revalidatePath("/[locale]/admin/tours", "layout");
  revalidatePath("/[locale]/tours", "layout");
});
