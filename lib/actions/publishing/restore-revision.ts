"use server";

import { z } from "zod";
import { authorizedAction } from "@/lib/auth/authorized";
import { PUBLISHABLE_TYPES } from "@/lib/data/publishing/publishable-types";
import { restoreRecordRevision } from "@/lib/data/publishing/restore-record-revision";
import { changeAndRedraw, recordFormSchema } from "./publishable-form";

const restoreSchema = recordFormSchema.extend({ version: z.coerce.number().int() });

/** A curator saves an old revision of an entry or article again, as its newest. */
export const restoreRevisionAction = authorizedAction("entries.publish", async (user, form: FormData): Promise<void> => {
  const { type, ...restore } = restoreSchema.parse(Object.fromEntries(form));
  const record = PUBLISHABLE_TYPES[type];
  await changeAndRedraw(record, () => restoreRecordRevision(record, { ...restore, actor: user }));
});
