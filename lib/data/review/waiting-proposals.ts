/** Proposed changes waiting in the queue: to entries and articles (a tour's would be reviewed where tours are). */
export const WAITING_PROPOSALS = { status: "pending", OR: [{ entryId: { not: null } }, { articleId: { not: null } }] };
