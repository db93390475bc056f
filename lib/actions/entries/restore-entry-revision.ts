"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { authorizedAction } from "@/lib/auth/authorized";
import { restoreRevision } from "@/lib/data/revisions/restore-revision";

const restoreSchema = z.object({ entryId: z.string().min(1), version: z.coerce.number().int(), expectedVersion: z.coerce.number().int() });

export const restoreEntryRevisionAction = authorizedAction("entries.publish", async (user, form: FormData): Promise<void> => {
  await restoreRevision({ ...restoreSchema.parse(Object.fromEntries(form)), actor: user });
  revalidatePath("/[locale]/admin/entries", "layout");
});
