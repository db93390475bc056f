import { readTourSnapshot, type TourSnapshot } from "@/lib/revisions/tour-snapshot";
import { tourStepChanges } from "@/lib/revisions/tour-step-changes";
import type { TourEdit } from "@/lib/validation/tour";
import type { PublishableType } from "../publishing/publishable-type";
import { assertMayChangeTour } from "./assert-may-change-tour";
import { tourSnapshotToEdit } from "./snapshot-to-edit";
import { writeTourFields } from "./write-tour-fields";

const NO_PARTNERS: ReadonlySet<string> = new Set();

/**
 * Tours in the shared publishing lifecycle (lib/data/publishing/). A teacher sends their own tour for
 * review (tours.create stands for entries.edit in its moves) and proposes changes to it once it is
 * published; publishing (featuring it) stays the curators'. Registered in PUBLISHABLE_TYPES, so the
 * review queue, the proposals and the history serve tours too; the tour editor and its status moves
 * are lib/actions/tours/ (gated by tours.create, which editors lack and teachers have).
 */
export const TOUR: PublishableType<TourSnapshot, TourEdit> = {
  name: "tour",
  path: "tours",
  model: "tour",
  revisionModel: "tourRevision",
  ownerColumn: "tourId",
  noImages: true,
  gone: "tourGone",
  conflict: "Someone else saved this tour while you were editing it.",
  draftPermission: "tours.create",
  assertMayChange: assertMayChangeTour,
  readSnapshot: readTourSnapshot,
  parseStored: (json) => JSON.parse(json) as TourSnapshot,
  // Steps have no fixed place to compare field by field: what became of each is said by pairedChanges.
  forDiff: ({ steps: _steps, ...tour }) => tour,
  pairedChanges: tourStepChanges,
  writeFields: async (tx, id, edit) => {
    await writeTourFields(tx, id, edit);
    return NO_PARTNERS;
  },
  storedToEdit: tourSnapshotToEdit,
  slugOf: (edit) => edit.slug,
};
