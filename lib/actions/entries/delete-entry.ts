"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { authorizedAction } from "@/lib/auth/authorized";
import { deleteEntry } from "@/lib/data/entries/delete-entry";

const deleteSchema = z.object({
  entryId: z.string().min(1),
  slug: z.string().min(1),
  expectedVersion: z.coerce.number().int(),
  confirm: z.literal("yes"),
});

export const deleteEntryAction = authorizedAction("entries.publish", async (user, form: FormData): Promise<void> => {
  const input = deleteSchema.parse(Object.fromEntries(form));
  await deleteEntry({ entryId: input.entryId, expectedVersion: input.expectedVersion, actor: user });
  redirect(`/${await getLocale()}/admin/entries?deleted=${encodeURIComponent(input.slug)}`);
});
