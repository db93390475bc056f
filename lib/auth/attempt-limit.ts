import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";

/**
 * How many attempts a key gets, and how long it then waits: `free` attempts, then one per wait that
 * starts at `waitSeconds` and doubles after each further attempt, up to `maxWaitSeconds`. The count
 * starts again after `forgetAfterSeconds` without an attempt, or when clearAttempts() is called
 * (a success).
 */
export interface AttemptPolicy {
  free: number;
  waitSeconds: number;
  maxWaitSeconds: number;
  forgetAfterSeconds: number;
}

export type AttemptDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Rows quiet for longer than every policy's forgetAfterSeconds are deleted, at most once a minute. */
const KEEP_MS = 24 * 60 * 60 * 1000;
let prunedAt = 0;

function waitMs(policy: AttemptPolicy, attempts: number): number {
  if (attempts < policy.free) return 0;
  return Math.min(policy.waitSeconds * 2 ** (attempts - policy.free), policy.maxWaitSeconds) * 1000;
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown })?.code === "P2002";
}

async function pruneQuietRows(now: number): Promise<void> {
  if (now - prunedAt < 60_000) return;
  prunedAt = now;
  await db.rateLimit.deleteMany({ where: { lastRequest: { lt: BigInt(now - KEEP_MS) } } });
}

/**
 * Decides one attempt under `key` and, when it is allowed, counts it, in one step: the count is
 * taken before the attempt runs, so a burst of parallel attempts cannot all pass a stale count.
 * Kept in the database (better-auth's rateLimit table), so the limit holds across app instances.
 */
export async function consumeAttempt(key: string, policy: AttemptPolicy, now = Date.now()): Promise<AttemptDecision> {
  if (policy.forgetAfterSeconds * 1000 > KEEP_MS)
    throw new Error(`forgetAfterSeconds beyond ${KEEP_MS / 1000}: rows would be pruned first`);
  for (let tries = 0; tries < 10; tries++) {
    const row = await db.rateLimit.findUnique({ where: { key } });
    if (!row) {
      try {
        await db.rateLimit.create({ data: { id: randomUUID(), key, count: 1, lastRequest: BigInt(now) } });
      } catch (error) {
        if (isUniqueViolation(error)) continue;
        throw error;
      }
      await pruneQuietRows(now);
      return { allowed: true };
    }
    const last = Number(row.lastRequest);
    // A parallel request that read the clock after this one may have been counted first: then no time has passed.
    const elapsed = Math.max(0, now - last);
    const attempts = elapsed >= policy.forgetAfterSeconds * 1000 ? 0 : row.count;
    const wait = waitMs(policy, attempts);
    if (elapsed < wait) return { allowed: false, retryAfterSeconds: Math.ceil((wait - elapsed) / 1000) };
    // Counted only if nobody else counted an attempt since the row was read; else read it again.
    const { count } = await db.rateLimit.updateMany({
      where: { key, count: row.count, lastRequest: row.lastRequest },
      data: { count: attempts + 1, lastRequest: BigInt(Math.max(now, last)) },
    });
    if (count === 1) return { allowed: true };
  }
  // Contention that does not settle is a burst: refuse rather than let it through uncounted.
  return { allowed: false, retryAfterSeconds: 1 };
}

/** Forgets the attempts under `key`: after a success, so an owner's own typos never add up. */
export async function clearAttempts(key: string): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key } });
}
