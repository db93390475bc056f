import type { StaffUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/roles";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { changeRecordStatus } from "../publishing/change-record-status";
import { PUBLISHABLE_TYPES, type PublishableName } from "../publishing/publishable-types";

export type ReviewDecision = "published" | "draft";
export type ReviewDecisionOutcome = "published" | "returned" | "stale";

/**
 * A curator's decision on an entry, article or tour in the queue, through the shared status change
 * (which checks the move and the version and records the revision and audit line). Sending back is
 * a curator's decision here even though an editor may withdraw their own submission elsewhere. A
 * decision on a version someone changed, decided or deleted meanwhile changes nothing: "stale".
 */
export async function decideReviewItem(input: {
  type: PublishableName;
  id: string;
  expectedVersion: number;
  to: ReviewDecision;
  actor: StaffUser;
  /** Why it goes back to draft, for its author; kept with the status change. */
  reason?: string;
}): Promise<ReviewDecisionOutcome> {
  if (!can(input.actor.role, "entries.publish")) throw new AppError("FORBIDDEN");
  try {
    await changeRecordStatus(PUBLISHABLE_TYPES[input.type], {
      id: input.id,
      expectedVersion: input.expectedVersion,
      to: input.to,
      actor: input.actor,
      reason: input.to === "draft" ? input.reason : undefined,
    });
  } catch (error) {
    if (isAppError(error) && error.code !== "FORBIDDEN" && error.code !== "UNAUTHORIZED") return "stale";
    throw error;
  }
  return input.to === "published" ? "published" : "returned";
}
