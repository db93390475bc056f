import { readTourSnapshot, type TourSnapshot } from "@/lib/revisions/tour-snapshot";
import type { TourEdit } from "@/lib/validation/tour";
import type { PublishableType } from "../publishing/publishable-type";
import { assertMayChangeTour } from "./assert-may-change-tour";
import { tourSnapshotToEdit } from "./snapshot-to-edit";
import { writeTourFields } from "./write-tour-fields";

const NO_PARTNERS: ReadonlySet<string> = new Set();

/**
 * Tours in the shared publishing lifecycle (lib/data/publishing/). A teacher sends their own tour for
 * review (tours.create stands for entries.edit in its moves); publishing (featuring it) stays the
 * curators'. Not registered in PUBLISHABLE_TYPES: the shared staff forms and the review queue serve
 * editors' work, gated by entries.edit, which teachers do not have; lib/actions/tours/ serves tours.
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
  forDiff: (snapshot) => snapshot,
  writeFields: async (tx, id, edit) => {
    await writeTourFields(tx, id, edit);
    return NO_PARTNERS;
  },
  storedToEdit: tourSnapshotToEdit,
  slugOf: (edit) => edit.slug,
};
