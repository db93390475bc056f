"use server";

import { z } from "zod";
import { authorizedAction } from "@/lib/auth/authorized";
import { PUBLICATION_STATUSES } from "@/lib/content/entry-kinds";
import { changeRecordStatus } from "@/lib/data/publishing/change-record-status";
import { PUBLISHABLE_TYPES } from "@/lib/data/publishing/publishable-types";
import { changeAndRedraw, recordFormSchema } from "./publishable-form";

const moveSchema = recordFormSchema.extend({ to: z.enum(PUBLICATION_STATUSES) });

/** Review and publication of an entry or article: the data layer checks the move against the user's role. */
export const changeStatusAction = authorizedAction("entries.edit", async (user, form: FormData): Promise<void> => {
  const { type, ...move } = moveSchema.parse(Object.fromEntries(form));
  const record = PUBLISHABLE_TYPES[type];
  await changeAndRedraw(record, () => changeRecordStatus(record, { ...move, actor: user }));
});
