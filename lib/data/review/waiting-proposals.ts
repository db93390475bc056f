/** Proposed changes waiting in the queue, to any kind of record (each names its record in one of these columns). */
export const WAITING_PROPOSALS = {
  status: "pending",
  OR: [{ entryId: { not: null } }, { articleId: { not: null } }, { tourId: { not: null } }],
};

/** How many proposed changes a page of the review queue shows: each comes with its diff, so fewer than a list's rows. */
export const PROPOSALS_PAGE_SIZE = 20;
