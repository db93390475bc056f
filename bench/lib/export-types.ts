import type { Stats } from "./common";
import type { RunInfo } from "./types";

/** One whole export file downloaded from the server. */
export interface ExportRun {
  format: string;
  status: number;
  headersMs: number;
  /** From sending the request to the first byte of the body. */
  firstByteMs: number;
  totalMs: number;
  /** CPU time the server's processes (every thread) spent during the download; absent in older runs. */
  serverCpuMs?: number;
  wireBytes: number;
  rawBytes: number;
  encoding: string;
  etag: string;
  records: number;
  /** Published entries in the database. */
  expected: number;
  /** The server's resident memory (its whole process group) just before, at its highest during, and the difference. */
  rssBefore: number;
  rssPeak: number;
  growth: number;
  /** The highest during this download against the server's memory before the first. */
  growthSinceStart: number;
}

export interface TimedRequests {
  requests: number;
  non200: number;
  ms: Stats;
  wireBytes: Stats;
}

export interface ExportBenchOutput extends RunInfo {
  size: number;
  /** What served the app: `next start`, or scripts/serve.ts as `npm start` runs it (absent in older runs: next start). */
  server?: "next" | "serve";
  build: { seconds: number; rebuilt: boolean; distDir: string };
  serverStartMs: number;
  startRss: number;
  /**
   * The first export after the server started (GeoJSON, the whole collection), before any other
   * export: its route's code is loaded during it (the export worker loads in the background after start). Absent in older runs.
   */
  firstExport?: ExportRun;
  exports: ExportRun[];
  revalidation: { notModified: number; requests: number; ms: Stats };
  lists: Record<string, TimedRequests>;
}
