import type { StaffUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { changeArticleStatus } from "@/lib/data/articles/change-article-status";
import { changeEntryStatus } from "@/lib/data/entries/change-entry-status";
import { AppError } from "@/lib/errors/app-error";

export type ReviewDecision = "published" | "draft";
export type ReviewDecisionOutcome = "published" | "returned" | "stale";

/**
 * A curator's decision on an entry or article in the queue, through the item's own status function
 * (which checks the move and the version and records the revision and audit event). Sending back is
 * a curator's decision here even though an editor may withdraw their own submission elsewhere. A
 * decision on a version someone changed, decided or deleted meanwhile changes nothing: "stale".
 */
export async function decideReviewItem(input: {
  type: "entry" | "article";
  id: string;
  expectedVersion: number;
  to: ReviewDecision;
  actor: StaffUser;
}): Promise<ReviewDecisionOutcome> {
  if (!can(input.actor.role, "entries.publish")) throw new AppError("FORBIDDEN");
  const move = { expectedVersion: input.expectedVersion, to: input.to, actor: input.actor };
  try {
    if (input.type === "entry") await changeEntryStatus({ entryId: input.id, ...move });
    else await changeArticleStatus({ articleId: input.id, ...move });
  } catch (error) {
    if (error instanceof AppError) return "stale";
    throw error;
  }
  return input.to === "published" ? "published" : "returned";
}
