"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { authorizedAction } from "@/lib/auth/authorized";
import { saveRecordEdit } from "@/lib/data/publishing/save-record-edit";
import { createTour } from "@/lib/data/tours/create-tour";
import { TOUR } from "@/lib/data/tours/tour-record";
import { formStateFromError } from "@/lib/errors/form-state-from-error";
import type { SaveState } from "@/lib/forms/save-state";
import { readTourForm, type TourFormValues, tourFieldErrors, tourFormInput } from "@/lib/forms/tour-form";
import { tourEditSchema } from "@/lib/validation/tour";

export type SaveTourState = SaveState<TourFormValues>;

/**
 * Saves the tour editor's form: a new tour (owned by the person), an edit of one they may change, or,
 * on a published tour its teacher may not change directly, their proposal of the edit for a curator.
 */
export const saveTourAction = authorizedAction(
  "tours.create",
  async (user, _previous: SaveTourState, form: FormData): Promise<SaveTourState> => {
    const values = readTourForm(form);
    const parsed = tourEditSchema.safeParse(tourFormInput(values));
    const t = await getTranslations("validation");
    if (!parsed.success) return { status: "invalid", values, fieldErrors: tourFieldErrors(parsed.error, t) };
    try {
      if (!values.tourId) {
        const created = await createTour(parsed.data, { actor: user });
        redirect(`/${await getLocale()}/admin/tours/${created.slug}?created=1`);
      }
      const saved = await saveRecordEdit(TOUR, {
        id: values.tourId,
        expectedVersion: Number(values.expectedVersion),
        edit: parsed.data,
        actor: user,
      });
      revalidatePath("/[locale]/admin", "layout");
      if (saved.outcome === "proposed") return { status: "proposed", values, fieldErrors: {} };
      const { version } = saved;
      revalidatePath("/[locale]/tours", "layout");
      // A new slug is a new address: the page at the old one would no longer find the tour.
      if (parsed.data.slug !== values.savedSlug) redirect(`/${await getLocale()}/admin/tours/${parsed.data.slug}?saved=${version}`);
      return { status: "saved", values: { ...values, expectedVersion: String(version) }, fieldErrors: {}, version };
    } catch (error) {
      const { conflict, ...failure } = formStateFromError(error, t);
      // The next save is made knowingly over what is there now.
      return conflict
        ? { ...failure, values: { ...values, expectedVersion: String(conflict.currentVersion) }, version: conflict.currentVersion }
        : { ...failure, values };
    }
  },
  (failure, _previous, form) => ({ ...failure, values: readTourForm(form) }),
);
