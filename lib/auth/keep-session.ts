import type { AuthContext } from "better-auth";
import { type SessionTimes, sessionHasLapsed, sessionNeedsTouch } from "./session-lifetime";

/**
 * Checks a session that was just read against its lifetime: a lapsed one is deleted (false: treat the
 * request as signed out); a live one has its last use written down when that is due (true).
 */
export async function keepSession(
  context: Pick<AuthContext, "internalAdapter">,
  session: SessionTimes & { token: string },
): Promise<boolean> {
  const now = Date.now();
  if (sessionHasLapsed(session, now)) {
    await context.internalAdapter.deleteSession(session.token);
    return false;
  }
  if (sessionNeedsTouch(session, now)) await context.internalAdapter.updateSession(session.token, { updatedAt: new Date(now) });
  return true;
}
