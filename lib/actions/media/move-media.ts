"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizedAction } from "@/lib/auth/authorized";
import { moveMedia } from "@/lib/data/media/move-media";
import { isAppError } from "@/lib/errors/app-error";

const moveSchema = z.object({ mediaId: z.string().min(1), direction: z.enum(["earlier", "later"]) });

/** Reorders an entry's gallery from the media library, one place at a time. */
export const moveMediaAction = authorizedAction("entries.edit", async (user, form: FormData): Promise<void> => {
  const move = moveSchema.parse(Object.fromEntries(form));
  try {
    const owner = await moveMedia({ ...move, actor: user });
    revalidatePath(owner.ownerType === "entry" ? "/[locale]/entries/[slug]" : "/[locale]/articles/[slug]", "page");
  } catch (error) {
    // Deleted meanwhile: the refreshed library no longer lists it.
    if (!isAppError(error, "NOT_FOUND")) throw error;
  }
  revalidatePath("/[locale]/admin/media", "layout");
});
