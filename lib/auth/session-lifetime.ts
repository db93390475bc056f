import { env } from "@/lib/env";

const HOUR = 60 * 60;

/**
 * How long a staff session lasts (SESSION_IDLE_HOURS, SESSION_MAX_DAYS): it ends `idleSeconds` after
 * its last request and `maxSeconds` after sign-in, however busy. The last request is recorded at most
 * once per `touchSeconds` (a database write per page would be waste), so a session ends between
 * idleSeconds - touchSeconds and idleSeconds after its last use.
 */
export const sessionLifetime = {
  idleSeconds: env.SESSION_IDLE_HOURS * HOUR,
  maxSeconds: env.SESSION_MAX_DAYS * 24 * HOUR,
  touchSeconds: Math.min(HOUR, (env.SESSION_IDLE_HOURS * HOUR) / 12),
};

/** The two times a session row keeps: when it was made (sign-in) and when it was last used (updatedAt). */
export interface SessionTimes {
  createdAt: Date;
  updatedAt: Date;
}

/** True when the session has ended: idle too long, or older than the absolute lifetime. */
export function sessionHasLapsed(session: SessionTimes, now = Date.now()): boolean {
  return (
    now - session.createdAt.getTime() >= sessionLifetime.maxSeconds * 1000 ||
    now - session.updatedAt.getTime() >= sessionLifetime.idleSeconds * 1000
  );
}

/** True when the session's last use should be written down again. */
export function sessionNeedsTouch(session: SessionTimes, now = Date.now()): boolean {
  return now - session.updatedAt.getTime() >= sessionLifetime.touchSeconds * 1000;
}
