import { describe, expect, it } from "vitest";
import { restartDelay } from "@/scripts/restart-delay";

describe("how soon a dead server is started again", () => {
  it("at once after one crash, then ever longer while it keeps dying, never past a minute", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map(restartDelay)).toEqual([0, 1000, 2000, 4000, 8000, 16000, 32000, 60000]);
    expect(restartDelay(50)).toBe(60000);
  });
});
