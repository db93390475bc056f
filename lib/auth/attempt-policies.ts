import type { BetterAuthRateLimitStorage } from "better-auth";
import { type AttemptPolicy, consumeAttempt } from "./attempt-limit";

const MINUTE = 60;
const DAY = 24 * 60 * MINUTE;

/**
 * Password guesses at one account, from anywhere: ten (more than one person's typos, and more than one
 * address's five a minute, so a stranger at one address never holds an account back), then one after
 * a wait that doubles from a minute to an hour. A browser that has signed in to the account before
 * counts apart (sign-in-guard.ts), so strangers' guesses do not hold its owner back.
 */
export const SIGN_IN_PER_ACCOUNT: AttemptPolicy = { free: 10, waitSeconds: MINUTE, maxWaitSeconds: 60 * MINUTE, forgetAfterSeconds: DAY };

/** Current-password checks when a signed-in member of staff changes their password: a stolen session must not guess it. */
export const PASSWORD_CHECK_PER_ACCOUNT: AttemptPolicy = {
  free: 5,
  waitSeconds: MINUTE,
  maxWaitSeconds: 60 * MINUTE,
  forgetAfterSeconds: DAY,
};

/**
 * better-auth's own per-address limits (`max` requests, then none until `window` seconds pass without
 * one) kept by the same counter as the per-account ones, so one table and one pruning rule serve all.
 */
export const addressLimitStorage: BetterAuthRateLimitStorage = {
  async consume(key, { window, max }) {
    const decision = await consumeAttempt(key, { free: max, waitSeconds: window, maxWaitSeconds: window, forgetAfterSeconds: window });
    return decision.allowed ? { allowed: true, retryAfter: null } : { allowed: false, retryAfter: decision.retryAfterSeconds };
  },
};
