import { isAPIError } from "better-auth/api";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { clearAttempts, consumeAttempt } from "../attempt-limit";
import { PASSWORD_CHECK_PER_ACCOUNT } from "../attempt-policies";
import { tooManyAttempts } from "../too-many-attempts";
import type { HookContext } from "./hook-context";

const counterKey = (userId: string) => `change-password|${userId}`;

/** Before the current password is checked: refused with 429 while this account must wait. */
export async function limitPasswordCheck(userId: string): Promise<void> {
  const decision = await consumeAttempt(counterKey(userId), PASSWORD_CHECK_PER_ACCOUNT);
  if (!decision.allowed) throw tooManyAttempts(decision.retryAfterSeconds);
}

/** After a change-password request: on success the counter starts again and the change is audited. */
export async function recordPasswordChange(ctx: HookContext): Promise<void> {
  const user = ctx.context.session?.user;
  if (!user || isAPIError(ctx.context.returned)) return;
  await clearAttempts(counterKey(user.id));
  await recordAuditEvent({ actor: user, action: "user.password-change", targetType: "user", targetId: user.id });
}
