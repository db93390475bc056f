import type { AuthContext } from "better-auth";
import { type SessionTimes, sessionHasLapsed, sessionNeedsTouch } from "./session-lifetime";

/**
 * Checks a session that was just read against its lifetime and its account: a lapsed one, or one of
 * a disabled account, is deleted (false: treat the request as signed out); a live one has its last
 * use written down when that is due (true). Disabling deletes an account's sessions, but a sign-in
 * whose password check ran before the disable can still insert one afterwards: this check ends it.
 */
export async function keepSession(
  context: Pick<AuthContext, "internalAdapter">,
  session: SessionTimes & { token: string },
  user: { disabledAt?: Date | null },
): Promise<boolean> {
  const now = Date.now();
  if (user.disabledAt != null || sessionHasLapsed(session, now)) {
    await context.internalAdapter.deleteSession(session.token);
    return false;
  }
  if (sessionNeedsTouch(session, now)) await context.internalAdapter.updateSession(session.token, { updatedAt: new Date(now) });
  return true;
}
