"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { authorizedAction } from "@/lib/auth/authorized";
import { isContentLocale } from "@/lib/content/locales";
import { type AddedStep, addEntryStep } from "@/lib/data/tours/add-entry-step";
import { formStateFromError } from "@/lib/errors/form-state-from-error";
import { invalidRequest } from "@/lib/errors/invalid-request";
import { tourStepSchema } from "@/lib/validation/tour";

export type AddToTourResult = { status: "added"; added: AddedStep } | { status: "refused"; message: string };

const requestSchema = z.object({
  tourSlug: z.string().min(1).nullable(),
  newTitle: z.string().max(300).default(""),
  step: tourStepSchema,
});

/** "Add to tour" on the explorer's selected entry: the entry and the view it was seen in, as a new step. */
export const addEntryToTourAction = authorizedAction(
  "tours.create",
  async (user, input: z.input<typeof requestSchema>): Promise<AddToTourResult> => {
    const locale = await getLocale();
    const t = await getTranslations("validation");
    try {
      const parsed = requestSchema.safeParse(input);
      if (!parsed.success) throw invalidRequest(parsed.error, "body");
      const added = await addEntryStep({ actor: user, locale: isContentLocale(locale) ? locale : "en", ...parsed.data });
      revalidatePath("/[locale]/admin/tours", "layout");
      return { status: "added", added };
    } catch (error) {
      const failure = formStateFromError(error, t);
      return { status: "refused", message: failure.message ?? Object.values(failure.fieldErrors)[0] ?? t("invalid") };
    }
  },
  (failure): AddToTourResult => ({ status: "refused", message: failure.message ?? "" }),
);
