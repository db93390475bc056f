import "server-only";
import type { Worker } from "node:worker_threads";
import { logger } from "@/lib/log/logger";
import { processSingleton } from "@/lib/process-singleton";
import { startTypeScriptWorker } from "@/lib/threads/typescript-worker";
import type { ExportJob, ExportWorkerAnswer, ExportWorkerCall } from "./export-task";

/**
 * The export worker's heap. Its live heap is small (the modules, the database client and one page
 * of entries), so V8 collects its garbage long before the limits, and what an export of the whole
 * collection adds to the server's memory stays bounded by them (bench/results.md, "Open data").
 */
const HEAP_LIMITS = { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 };

type Waiting = { resolve: (chunk: IteratorResult<Uint8Array>) => void; reject: (error: Error) => void };

/** A worker and the downloads it serves: each has at most one piece asked for and not yet answered. */
interface ExportWorker {
  worker: Worker;
  databaseUrl: string | undefined;
  open: Set<number>;
  waiting: Map<number, Waiting>;
  /** Why it ended, once it has. */
  stopped: Error | null;
  /** Replaced by a worker on another database: it ends after its last download. */
  retired?: boolean;
}

const state = processSingleton("export-worker", () => ({ current: null as ExportWorker | null, lastId: 0 }));

function stopWith(exports: ExportWorker, error: Error): void {
  if (exports.stopped) return;
  exports.stopped = error;
  if (state.current === exports) state.current = null;
  if (exports.open.size > 0)
    logger.error({ err: error, downloads: exports.open.size }, "export worker stopped; its downloads end with an error");
  for (const waiting of exports.waiting.values()) waiting.reject(error);
  exports.waiting.clear();
  void exports.worker.terminate();
}

function startExportWorker(): ExportWorker {
  const worker = startTypeScriptWorker("lib/open-data/export-worker.ts", HEAP_LIMITS);
  const exports: ExportWorker = { worker, databaseUrl: process.env.DATABASE_URL, open: new Set(), waiting: new Map(), stopped: null };
  worker.unref();
  worker.on("message", (answer: ExportWorkerAnswer) => {
    const waiting = exports.waiting.get(answer.id);
    exports.waiting.delete(answer.id);
    if (answer.type === "chunk") return waiting?.resolve({ done: false, value: answer.bytes });
    finish(exports, answer.id);
    if (answer.type === "end") return waiting?.resolve({ done: true, value: undefined });
    logger.error({ reason: answer.message }, "export failed; its download ends with an error");
    waiting?.reject(new Error(`export failed: ${answer.message}`));
  });
  worker.on("error", (error: Error & { code?: string }) => {
    const reason = error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "ran out of memory" : `failed: ${error.message.split("\n")[0]}`;
    stopWith(exports, new Error(`the export worker ${reason}`));
  });
  worker.on("exit", (code) => stopWith(exports, new Error(`the export worker ended (code ${code})`)));
  return exports;
}

/**
 * The kept worker, started when none is running. One that reads another database (tests change
 * DATABASE_URL between files) ends once its downloads have.
 */
function keptWorker(): ExportWorker {
  const current = state.current;
  if (current && !current.stopped && current.databaseUrl === process.env.DATABASE_URL) return current;
  if (current) {
    current.retired = true;
    if (current.open.size === 0) post(current, { type: "quit" });
  }
  state.current = startExportWorker();
  return state.current;
}

const post = (exports: ExportWorker, call: ExportWorkerCall) => exports.worker.postMessage(call);

function finish(exports: ExportWorker, id: number): void {
  if (!exports.open.delete(id) || exports.open.size > 0) return;
  // Held open only while it serves a download: an idle worker never keeps a process from ending.
  exports.worker.unref();
  if (exports.retired && !exports.stopped) post(exports, { type: "quit" });
}

/**
 * Starts the export worker if none runs: called once the server has started, so that no download
 * waits for the worker to load, nor counts its loading in the memory it adds (bench/results.md).
 */
export function warmExportWorker(): void {
  keptWorker();
}

/**
 * One export's pieces, read and written in the export worker: a `worker_threads` worker of this
 * process with a small, bounded heap, kept for the life of the process. Run on the server's own thread, a
 * download of the whole collection left hundreds of megabytes of garbage behind (Prisma's rows and
 * the formats' strings, promoted into an old generation that V8 lets grow to several times the
 * server's large live heap before collecting); in the worker that garbage is collected within its
 * limits, and the server's thread only passes each piece's bytes on. Pieces are asked for one at a
 * time (`exportStream` pulls the next when the client has taken the last); `return()` (the client
 * went away) stops the worker's reading. If the worker dies, every download it serves ends with an
 * error (logged) and the next export starts a new one.
 */
export function exportInWorker(job: ExportJob): AsyncIterableIterator<Uint8Array> {
  const exports = keptWorker();
  const id = ++state.lastId;
  if (exports.open.size === 0) exports.worker.ref();
  exports.open.add(id);
  post(exports, { type: "open", id, job });
  return {
    next() {
      if (exports.stopped) return Promise.reject(exports.stopped);
      if (!exports.open.has(id)) return Promise.resolve({ done: true, value: undefined });
      return new Promise((resolve, reject) => {
        exports.waiting.set(id, { resolve, reject });
        post(exports, { type: "pull", id });
      });
    },
    async return() {
      if (exports.open.has(id) && !exports.stopped) post(exports, { type: "close", id });
      finish(exports, id);
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/** Ends the export worker at once, if one runs: its downloads end with an error. For tests and shutdown. */
export async function endExportWorker(): Promise<void> {
  const current = state.current;
  if (!current) return;
  stopWith(current, new Error("the export worker was ended"));
  await current.worker.terminate();
}
