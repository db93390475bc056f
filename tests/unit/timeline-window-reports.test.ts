import { describe, expect, it } from "vitest";
import { FOLLOW_SHARE, movedPastShare, WindowReporter } from "@/components/timeline/window-reports";

const YEAR = 365 * 24 * 60 * 60 * 1000;
const window = (start: number, end: number) => ({ start: start * YEAR, end: end * YEAR });

describe("window reports", () => {
  it("passes a drag on once it has moved a quarter of the window, so the padded data stays ahead", () => {
    expect(FOLLOW_SHARE).toBe(0.25);
    expect(movedPastShare(window(0, 100), window(20, 120))).toBe(false);
    expect(movedPastShare(window(0, 100), window(25, 125))).toBe(true);
    expect(movedPastShare(window(0, 100), window(-25, 75))).toBe(true);
    // A wheel zoom moves the edges: zooming in by 1.5 moves each a quarter of the new width.
    expect(movedPastShare(window(0, 90), window(15, 75))).toBe(true);
    expect(movedPastShare(window(0, 90), window(5, 85))).toBe(false);
  });

  it("reports a settled window unless it is the one reported last", () => {
    const sent: { start: number; end: number }[] = [];
    const reporter = new WindowReporter((w) => sent.push(w));
    reporter.report(window(0, 100));
    reporter.report(window(0, 100));
    expect(sent).toEqual([window(0, 100)]);
    reporter.report(window(0, 50));
    expect(sent).toEqual([window(0, 100), window(0, 50)]);
  });

  it("follows a drag in steps and reports where it ends", () => {
    const sent: { start: number; end: number }[] = [];
    const reporter = new WindowReporter((w) => sent.push(w));
    reporter.report(window(0, 100));
    for (let shift = 1; shift <= 60; shift++) reporter.follow(window(shift, 100 + shift));
    expect(sent).toEqual([window(0, 100), window(25, 125), window(50, 150)]);
    reporter.report(window(60, 160));
    expect(sent.at(-1)).toEqual(window(60, 160));
    // Without an opening window the first one is always passed on; with one, a drag starts from it.
    const fresh: unknown[] = [];
    new WindowReporter((w) => fresh.push(w)).follow(window(3, 4));
    expect(fresh).toHaveLength(1);
    const opened: unknown[] = [];
    const fromOpening = new WindowReporter((w) => opened.push(w), window(0, 100));
    fromOpening.follow(window(1, 101));
    fromOpening.report(window(0, 100));
    expect(opened).toEqual([]);
  });
});
