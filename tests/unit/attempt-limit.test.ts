import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
const { consumeAttempt } = await import("@/lib/auth/attempt-limit");

const POLICY = { free: 5, waitSeconds: 2, maxWaitSeconds: 60, forgetAfterSeconds: 600 };

describe("consumeAttempt", () => {
  it("lets a free attempt through though a parallel request that started later was counted first", async () => {
    const t = 1_800_000_000_000;
    // Requests read the clock when they start; the one that started a millisecond later may write first.
    expect(await consumeAttempt("parallel", POLICY, t + 1)).toEqual({ allowed: true });
    expect(await consumeAttempt("parallel", POLICY, t)).toEqual({ allowed: true });
  });

  it("still makes attempts past the free ones wait, and says how long", async () => {
    const t = 1_800_000_100_000;
    for (let i = 0; i < POLICY.free; i++) expect(await consumeAttempt("busy", POLICY, t + i)).toEqual({ allowed: true });
    expect(await consumeAttempt("busy", POLICY, t + POLICY.free)).toEqual({ allowed: false, retryAfterSeconds: 2 });
  });
});
