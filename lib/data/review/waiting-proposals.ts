/** Proposed changes waiting in the queue: to entries and articles (a tour's would be reviewed where tours are). */
export const WAITING_PROPOSALS = { status: "pending", OR: [{ entryId: { not: null } }, { articleId: { not: null } }] };

/** How many proposed changes a page of the review queue shows: each comes with its diff, so fewer than a list's rows. */
export const PROPOSALS_PAGE_SIZE = 20;
