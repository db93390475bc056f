/** Proposed changes waiting in the queue, to any kind of record (each names its record in one of these columns). */
export const WAITING_PROPOSALS = {
  status: "pending",
  OR: [{ entryId: { not: null } }, { articleId: { not: null } }, { tourId: { not: null } }],
};
