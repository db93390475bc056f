import { median, ms } from "./lib/common";

/** Formatting shared by the parts of bench/results.md. */

export const KB60 = 60 * 1024;
export const KB300 = 300 * 1024;

export type Verdict = "met" | "not met" | "not measured";
export const mark = (v: Verdict) => `**${v}**`;
export const verdict = (ok: boolean | null): Verdict => (ok === null ? "not measured" : ok ? "met" : "not met");
export const la = (l: number[]) => l.map((n) => n.toFixed(1)).join(", ");
export const fmt = (n: number | null | undefined) => (n === null || n === undefined ? "—" : ms(n));
export const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(1)}×` : "—");
export const nums = (list: (number | null | undefined)[]) => list.filter((n): n is number => typeof n === "number");
export const med = (list: (number | null | undefined)[]) => {
  const n = nums(list);
  return n.length ? median(n) : null;
};
