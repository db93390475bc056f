import type { Stats } from "./common";
import type { RunInfo } from "./types";

/** What bench/pages-bench.ts writes to bench/out/pages.json and bench/report-pages.ts reads. */

export const PAGE_TIME_LIMIT_MS = 1000;
export const PAGE_HTML_LIMIT_BYTES = 300 * 1024;

/** One kind of page ("entry page", "staff: entries list"), measured over one or more addresses. */
export interface PageKindResult {
  kind: string;
  /** Who asked: a visitor, a curator or an admin. */
  as: "visitor" | "curator" | "admin";
  urls: string[];
  /** Time to the last byte of the body, every timed request of the kind. */
  time: Stats;
  /** The largest decompressed body of the kind, in bytes; and whether it is HTML (the 300 KB limit applies). */
  maxBytes: number;
  html: boolean;
  statuses: Record<string, number>;
  /** What broke a limit, one line each; empty when the kind passed. */
  failures: string[];
}

export interface PagesSizeResult {
  size: number;
  serverStartMs: number;
  kinds: PageKindResult[];
  failures: string[];
}

export interface PagesBenchOutput extends RunInfo {
  rounds: number;
  results: PagesSizeResult[];
}
