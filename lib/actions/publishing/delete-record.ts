"use server";

import { redirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import { z } from "zod";
import { authorizedAction } from "@/lib/auth/authorized";
import { deleteRecord } from "@/lib/data/publishing/delete-record";
import type { PublishableSnapshot } from "@/lib/data/publishing/publishable-type";
import { PUBLISHABLE_TYPES } from "@/lib/data/publishing/publishable-types";
import { isAppError } from "@/lib/errors/app-error";
import { recordFormSchema } from "./publishable-form";

const deleteSchema = recordFormSchema.extend({ slug: z.string().min(1), confirm: z.literal("yes") });

/** A curator deletes an entry or article after confirming; the list then says it is gone. */
export const deleteRecordAction = authorizedAction("entries.publish", async (user, form: FormData): Promise<void> => {
  const { type, id, slug, expectedVersion } = deleteSchema.parse(Object.fromEntries(form));
  const record = PUBLISHABLE_TYPES[type];
  const locale = await getLocale();
  try {
    await deleteRecord(record, { id, expectedVersion, actor: user });
  } catch (error) {
    // Changed since the page was opened: nothing is deleted; the person looks at it again first.
    if (isAppError(error, "EDIT_CONFLICT")) {
      const { slug: current } = error.conflict!.current as PublishableSnapshot;
      redirect(`/${locale}/admin/${record.path}/${encodeURIComponent(current)}?stale=1`);
    }
    // Deleted by someone else meanwhile: it is gone, as the person wanted.
    if (!isAppError(error, "NOT_FOUND")) throw error;
  }
  redirect(`/${locale}/admin/${record.path}?deleted=${encodeURIComponent(slug)}`);
});
