import { describe, expect, it } from "vitest";
import { quietMoment, whileAnswering } from "@/lib/viewport";

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe("quiet moments between viewport queries", () => {
  it("waits while a query runs and for the quiet time after it ends", async () => {
    let finish!: () => void;
    const query = whileAnswering(() => new Promise<void>((resolve) => (finish = resolve)));
    let quietAt = 0;
    const quiet = quietMoment(40).then(() => (quietAt = performance.now()));
    await sleep(120);
    expect(quietAt).toBe(0);
    finish();
    await query;
    const endedAt = performance.now();
    await quiet;
    expect(quietAt - endedAt).toBeGreaterThanOrEqual(35);
  });

  it("counts a query that fails as ended", async () => {
    await expect(whileAnswering(() => Promise.reject(new Error("bad box")))).rejects.toThrow("bad box");
    const started = performance.now();
    await quietMoment(20);
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("keeps waiting while queries follow one another closer than the quiet time", async () => {
    let quietAt = 0;
    const quiet = quietMoment(60).then(() => (quietAt = performance.now()));
    let lastEnded = 0;
    for (let i = 0; i < 6; i++) {
      await whileAnswering(() => sleep(5));
      lastEnded = performance.now();
      await sleep(20);
    }
    await quiet;
    expect(quietAt - lastEnded).toBeGreaterThanOrEqual(55);
  });
});
