import { randomBytes } from "node:crypto";
import type { StaffUser } from "@/lib/auth/current-user";
import { AppError } from "@/lib/errors/app-error";
import { invalidRequest } from "@/lib/errors/invalid-request";
import { recordTitle } from "@/lib/revisions/record-title";
import type { TourSnapshot } from "@/lib/revisions/tour-snapshot";
import { type TourStepInput, tourEditSchema } from "@/lib/validation/tour";
import { getRecordForEditing } from "../publishing/get-record-for-editing";
import { updateRecord } from "../publishing/update-record";
import { createTour } from "./create-tour";
import { tourSnapshotToEdit } from "./snapshot-to-edit";
import { TOUR } from "./tour-record";

export interface AddedStep {
  slug: string;
  title: string;
  /** The new step's number, from 1. */
  number: number;
}

/** A new tour's address from its title: its latin letters and digits, and a random tail so two tours never clash. */
function slugFor(title: string): string {
  const base = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
  return `${base || "tour"}-${randomBytes(3).toString("hex")}`;
}

/**
 * "Add to tour" from the explorer: the entry, with the view it was seen in, as the last step of one of
 * the person's tours (through the lifecycle's edit, so a teacher adds only to their own), or as the
 * first step of a new tour with the given title.
 */
export async function addEntryStep(input: {
  actor: StaffUser;
  /** The tour to add to, or null for a new one titled `newTitle`. */
  tourSlug: string | null;
  newTitle: string;
  locale: "en" | "ru";
  step: TourStepInput;
}): Promise<AddedStep> {
  if (input.tourSlug === null) {
    const title = input.newTitle.trim();
    if (!title) throw new AppError("INVALID_INPUT", { key: "titleRequired" }, { field: "newTitle" });
    const created = await createTour(
      { slug: slugFor(title), translations: { [input.locale]: { title } }, steps: [input.step] },
      { actor: input.actor },
    );
    return { slug: created.slug, title, number: 1 };
  }
  const tour = await getRecordForEditing(TOUR, input.tourSlug);
  if (!tour) throw new AppError("NOT_FOUND", { key: "tourGone" }, { field: "tour" });
  const edit = await tourSnapshotToEdit(tour.snapshot as TourSnapshot);
  const next = tourEditSchema.safeParse({ ...edit, steps: [...edit.steps, input.step] });
  if (!next.success) throw invalidRequest(next.error, "body");
  await updateRecord(TOUR, { id: tour.id, expectedVersion: tour.version, edit: next.data, actor: input.actor });
  return { slug: tour.snapshot.slug, title: recordTitle(tour.snapshot, input.locale), number: next.data.steps.length };
}
