import "server-only";
import { processSingleton } from "@/lib/process-singleton";
import { startTypeScriptWorker } from "@/lib/threads/typescript-worker";
import type { ImportTask, ImportTaskOutcome } from "./import-task";
import { fromImportTaskFailure } from "./import-task-failure";

/** A worker that ended without answering: out of its heap, past its time, or dead of something else. */
export class ImportWorkerStopped extends Error {
  constructor(
    readonly reason: "memory" | "time" | "crash",
    detail: string,
  ) {
    super(detail);
    this.name = "ImportWorkerStopped";
  }
}

export interface WorkerLimits {
  /** The worker's old generation: what its garbage, and so its memory, may grow to. */
  heapMb: number;
  /** How long the task may take; no limit when absent. */
  timeoutMs?: number;
  /** The size of the file the task reads. */
  fileBytes: number;
}

/**
 * Work on small files (their checks and jobs) goes to one kept worker: starting a worker costs
 * seconds of loading on a busy machine, which a person uploading a small file should not wait for
 * each time. A larger file gets a worker of its own, ended when it answers, so the garbage of
 * reading it does not stay behind. While a worker of its own works, no kept worker idles beside it:
 * each worker holds its own copy of the modules, a database client with Prisma's query compiler,
 * and a heap (bench/results.md, "Open data"), which a large import's memory should not pay twice.
 */
const KEPT_WORKER_FILE_BYTES = 1024 * 1024;
const KEPT_WORKER_HEAP_MB = 160;
/** A kept worker idle this long ends, and its heap with it: long enough for a person to choose a file. */
const KEPT_WORKER_IDLE_MS = 5 * 60_000;
/** Workers of their own at once (large checks; jobs run one after another anyway, in import-job-runner.ts). */
const OWN_WORKERS = 2;

/**
 * Every import worker's young generation. What an import allocates is mostly short-lived (rows,
 * statements, query plans); V8's default young generation would add tens of MB to each worker's heap
 * for little saved work (bench/results.md, "Open data").
 */
const YOUNG_GENERATION_MB = 8;

/** What a task's worker heap came to, against its limit: kept for the bench and for a look at a running server. */
export interface ImportWorkerHeap {
  kind: ImportTask["kind"];
  heapLimitMb: number;
  heapPeakMb: number;
}
const KEPT_HEAPS = 20;

/** Why a worker ended without answering, as plain data (see ImportWorker). */
interface WorkerStop {
  stopped: ImportWorkerStopped["reason"];
  detail: string;
}

/**
 * A worker, used one task at a time. It answers in plain data, never with an instance of a class:
 * the kept worker outlives the module copy that started it (Next.js bundles this module into each
 * route and page that uses it, and the copies share the kept worker through processSingleton), so
 * errors are made by the caller's copy, whose `instanceof` checks must recognise them.
 */
interface ImportWorker {
  run(task: ImportTask, timeoutMs?: number): Promise<ImportTaskOutcome | WorkerStop>;
  readonly alive: boolean;
  /** Resolves once the thread has ended (and its memory is given back). */
  end(): Promise<void>;
}

function startWorker(heapMb: number): ImportWorker {
  const worker = startTypeScriptWorker("lib/import/import-worker.ts", {
    maxOldGenerationSizeMb: heapMb,
    maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
  });
  let current: ((answer: ImportTaskOutcome | WorkerStop) => void) | null = null;
  let currentKind: ImportTask["kind"] | null = null;
  let stopped: WorkerStop | null = null;
  state.live++;
  worker.once("exit", () => state.live--);
  const stop = (reason: WorkerStop) => {
    stopped ??= reason;
    current?.(stopped);
    current = null;
    void worker.terminate();
  };
  worker.on("message", (outcome: ImportTaskOutcome) => {
    state.heaps.push({ kind: currentKind!, heapLimitMb: heapMb, heapPeakMb: outcome.heapPeakMb });
    state.heaps.splice(0, state.heaps.length - KEPT_HEAPS);
    const answer = current;
    current = null;
    answer?.(outcome);
  });
  worker.on("error", (error: Error & { code?: string }) => {
    stop({ stopped: error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "memory" : "crash", detail: error.message.split("\n")[0]! });
  });
  worker.on("exit", (code) => stop({ stopped: "crash", detail: `the worker ended (code ${code}) without answering` }));
  return {
    get alive() {
      return stopped === null;
    },
    async run(task, timeoutMs) {
      if (stopped) return stopped;
      let timer: NodeJS.Timeout | undefined;
      // Held open only while it works: an idle kept worker never keeps a process from ending.
      worker.ref();
      try {
        return await new Promise((resolve) => {
          current = resolve;
          currentKind = task.kind;
          if (timeoutMs !== undefined) {
            timer = setTimeout(() => stop({ stopped: "time", detail: `took longer than ${timeoutMs} ms` }), timeoutMs);
          }
          worker.postMessage(task);
        });
      } finally {
        clearTimeout(timer);
        worker.unref();
      }
    },
    end: async () => {
      await worker.terminate();
    },
  };
}

/** A few at a time, in arrival order. */
class Slots {
  #free: number;
  #waiting: (() => void)[] = [];
  constructor(size: number) {
    this.#free = size;
  }
  async take(): Promise<() => void> {
    if (this.#free > 0) this.#free--;
    else await new Promise<void>((resolve) => this.#waiting.push(resolve));
    // Whoever waits is handed the slot of the one that ends.
    return () => {
      const next = this.#waiting.shift();
      if (next) next();
      else this.#free++;
    };
  }
}

const state = processSingleton("import-workers", () => ({
  kept: null as ImportWorker | null,
  keptIdle: undefined as NodeJS.Timeout | undefined,
  keptSlot: new Slots(1),
  ownSlots: new Slots(OWN_WORKERS),
  /** What the kept worker is doing, if anything. */
  keptTask: null as ImportTask["kind"] | null,
  /** Workers of their own at work: while there are any, the kept worker is not kept idle. */
  ownAtWork: 0,
  heaps: [] as ImportWorkerHeap[],
  /** Workers started and not yet ended (each holds its own modules, database client and heap). */
  live: 0,
}));

/** How many import workers exist right now: for the bench and the tests. */
export function liveImportWorkers(): number {
  return state.live;
}

/** Ends the kept worker if it is idle (for the bench, which measures what it costs). */
export async function endIdleImportWorker(): Promise<void> {
  await endIdleKeptWorker();
}

/** The heaps of the last tasks' workers, oldest first. */
export function recentImportWorkerHeaps(): readonly ImportWorkerHeap[] {
  return state.heaps;
}

/** Ends the kept worker unless it is checking or importing a file (only loading, it is ended too). */
async function endIdleKeptWorker(): Promise<void> {
  clearTimeout(state.keptIdle);
  const kept = state.kept;
  if (!kept || (state.keptTask !== null && state.keptTask !== "warm")) return;
  state.kept = null;
  await kept.end();
}

async function inKeptWorker(task: ImportTask, timeoutMs?: number): Promise<ImportTaskOutcome | WorkerStop> {
  const release = await state.keptSlot.take();
  clearTimeout(state.keptIdle);
  state.keptTask = task.kind;
  try {
    if (!state.kept?.alive) state.kept = startWorker(KEPT_WORKER_HEAP_MB);
    return await state.kept.run(task, timeoutMs);
  } finally {
    state.keptTask = null;
    if (state.ownAtWork > 0) await endIdleKeptWorker();
    else state.keptIdle = setTimeout(() => void endIdleKeptWorker(), KEPT_WORKER_IDLE_MS).unref();
    release();
  }
}

async function inOwnWorker(task: ImportTask, limits: WorkerLimits): Promise<ImportTaskOutcome | WorkerStop> {
  const release = await state.ownSlots.take();
  state.ownAtWork++;
  try {
    await endIdleKeptWorker();
    const worker = startWorker(limits.heapMb);
    try {
      return await worker.run(task, limits.timeoutMs);
    } finally {
      // Ended before the next task may start one, so two never overlap.
      await worker.end();
    }
  } finally {
    state.ownAtWork--;
    release();
  }
}

/**
 * The one way import work is done: in a worker thread of this process, so the server's event loop
 * never parses an import file or builds an import's rows, and an import's garbage is bounded by a
 * worker's heap, not the server's. Work on a large file gets a worker of its own, ended when it
 * answers (its heap goes with it); on a small file, the kept worker. Resolves with the task's
 * answer; rejects with the AppError the task threw (a file refused), an Error with a bug's first
 * line, or ImportWorkerStopped (out of memory, out of time, crashed).
 */
export async function inImportWorker<T>(task: ImportTask, limits: WorkerLimits): Promise<T> {
  const kept = limits.fileBytes <= KEPT_WORKER_FILE_BYTES && limits.heapMb <= KEPT_WORKER_HEAP_MB;
  const answer = await (kept ? inKeptWorker(task, limits.timeoutMs) : inOwnWorker(task, limits));
  if ("stopped" in answer) throw new ImportWorkerStopped(answer.stopped, answer.detail);
  if (!answer.ok) throw fromImportTaskFailure(answer.failure);
  return answer.value as T;
}

/**
 * Starts the kept worker and loads what it runs, if it is not running and no worker of its own is
 * at work (see KEPT_WORKER_FILE_BYTES): called when someone looks at the imports, so their upload
 * does not wait for a worker to load. Returns at once.
 */
export function warmImportWorker(): void {
  if (state.kept?.alive || state.ownAtWork > 0) return;
  inKeptWorker({ kind: "warm" }).catch(() => {
    // A worker that cannot start says why on the upload that needs it.
  });
}
