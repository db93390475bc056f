"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizedAction } from "@/lib/auth/authorized";
import { moveMedia } from "@/lib/data/media/move-media";
import { isAppError } from "@/lib/errors/app-error";

const mediaId = z.string().min(1);
const moveSchema = z.union([
  z.object({ mediaId, direction: z.enum(["earlier", "later"]) }),
  // A drag: the place it was dropped, counted from 0 (a place past the end is the end).
  z.object({ mediaId, position: z.coerce.number().int().min(0).max(100_000) }),
]);

/** What the entry editor's image list shows after a move; the library's move buttons ignore it (the page reloads). */
export type MoveMediaState = { status: "moved" } | { status: "gone" } | { status: "refused"; message: string };

/**
 * Reorders an entry's (or article's) gallery: one place at a time from the media library and the
 * entry editor's buttons, or to the place a drag dropped it in the entry editor.
 */
export const moveMediaAction = authorizedAction(
  "entries.edit",
  async (user, form: FormData): Promise<MoveMediaState> => {
    const move = moveSchema.parse(Object.fromEntries(form));
    let state: MoveMediaState = { status: "moved" };
    try {
      const owner = await moveMedia({ ...move, actor: user });
      revalidatePath(owner.ownerType === "entry" ? "/[locale]/entries/[slug]" : "/[locale]/articles/[slug]", "page");
    } catch (error) {
      // Deleted meanwhile: the refreshed list no longer shows it. A refusal (an editor on published work) is authorizedAction's.
      if (!isAppError(error, "NOT_FOUND")) throw error;
      state = { status: "gone" };
    }
    revalidatePath("/[locale]/admin/media", "layout");
    return state;
  },
  (failure): MoveMediaState => ({ status: "refused", message: failure.message ?? "" }),
);
