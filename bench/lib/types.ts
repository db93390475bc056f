import type { Machine, Stats } from "./common";

/** The JSON each part writes to bench/out/<part>.json and bench/report.ts reads. */

export interface RunInfo {
  generatedAt: string;
  machine: Machine;
  loadAverageStart: number[];
  loadAverageEnd: number[];
  seconds: number;
  notes: string[];
}

/** queryViewport in-process on the requests the app sends (bench/lib/viewports.ts appRequests). */
export interface AppRequestsResult {
  size: number;
  requests: number;
  all: Stats;
  map: Stats;
  timeline: Stats;
  gzipBytes: Stats;
  modes: Record<string, number>;
  /** Time by view and result mode ("map: clusters", "timeline: buckets", …). */
  byMode?: Record<string, Stats>;
}

export interface ViewportSizeResult {
  size: number;
  entries: number;
  published: number;
  relations: number;
  viewports: number;
  query: Stats;
  baselineRuns: number;
  baseline: Stats;
  rawBytes: Stats;
  gzipBytes: Stats;
  returned: { mean: number; max: number; truncatedShare: number };
  /** How many viewports were answered in each result mode (entries, clusters, buckets). */
  modes: Record<string, number>;
  queryByMode: Record<string, Stats>;
  app: AppRequestsResult;
  /** The measuring process after the timed queries (every index and cache built, before the baseline): heap and resident set, in bytes. */
  memory?: { heapUsed: number; rss: number };
  /** How long after the warm-up the timed queries waited for the summary rows' background read-ahead to finish. */
  readAheadMs?: number;
}

/** The same database benchmark on a throwaway PostgreSQL cluster, or why it did not run. */
export interface PostgresViewportRun {
  server?: string;
  results: ViewportSizeResult[];
  /** Seconds to load each size's synthetic collection (migrations included). */
  loadSeconds: Record<string, number>;
  seconds: number;
  skipped?: string;
  failed?: string;
}

export interface ViewportBenchOutput extends RunInfo {
  /** SQLite (data/synthetic-<n>.db). */
  results: ViewportSizeResult[];
  postgresql?: PostgresViewportRun;
}

export interface HttpSizeResult {
  size: number;
  requests: number;
  /** In-process queryViewport on the same requests, measured just before the server started. */
  raw: AppRequestsResult;
  http: { all: Stats; map: Stats; timeline: Stats };
  /** Bytes on the wire (gzip when the server compressed). */
  wireBytes: Stats;
  /** Decompressed JSON bytes. */
  jsonBytes: Stats;
  gzippedShare: number;
  non200: number;
  errors: number;
  modes: Record<string, number>;
  byMode?: Record<string, Stats>;
  serverStartMs: number;
  stoppedEarly?: string;
  /** Sequential requests that do (almost) no work: a viewport with nothing in it, and /robots.txt. */
  floor: { emptyViewport: Stats; robots: Stats };
}

export interface LoadTestResult {
  size: number;
  connections: number;
  durationSeconds: number;
  urls: number;
  requestsTotal: number;
  requestsPerSecond: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  latency: { p50: number; p90: number; p99: number; max: number; mean: number };
  throughputBytesPerSecond: number;
  statusCodes: Record<string, number>;
  loadAverageAfter: number[];
}

export interface HttpBenchOutput extends RunInfo {
  build: { seconds: number; rebuilt: boolean; distDir: string };
  results: HttpSizeResult[];
  load: LoadTestResult | null;
  loadError?: string;
}
