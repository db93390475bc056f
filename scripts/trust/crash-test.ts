import path from "node:path";
import { mulberry32 as seededRandom } from "@/bench/synthetic/generate-collection";
import { backupRoundTrip, type RoundTrip } from "./backup-round-trip";
import { type DriveStats, driveWrites, type WriterState } from "./drive-writes";
import { holdLock, type LockKind } from "./hold-lock";
import { StaffClient } from "./staff-client";
import { type RunningServer, serverPlace, startServer } from "./trust-server";
import { type CrashCheck, quarantinedFiles, verifyAfterCrash } from "./verify-after-crash";
import { acknowledgedWrites, emptyLedger } from "./write-ledger";

const EDITOR = { email: "editor@demo.invalid", password: "demo-editor-password" };
/** Concurrent writers: enough that a kill usually lands with several requests in flight. */
const WRITERS = 3;
/**
 * Each kill -9 lands at a random moment this long after the cycle's first acknowledged write (a
 * just-started server answers its first requests slowly; killing it before then tests little).
 */
const LOAD_MS = { least: 500, most: 6_000 };
const FIRST_WRITE_MS = 60_000;
/**
 * Every second cycle another process holds a read transaction on the database meanwhile (a backup, a
 * DB browser), every third one the write lock (a CLI command): longer than the app waits for a lock
 * (SQLITE_BUSY_TIMEOUT_MS, 5 s by default). Afterwards writes must be acknowledged again within
 * RESUME_MS: a server wedged by the lock fails the cycle even if it lost nothing yet.
 */
const LOCK_MS = 6_500;
const RESUME_MS = 30_000;
/** The first start may build the app; later ones only migrate, seed-check, sweep and serve. */
const FIRST_START_MS = 15 * 60_000;
const RESTART_MS = 3 * 60_000;

export interface CrashFigures {
  cycles: number;
  cyclesPassed: number;
  acknowledged: number;
  byKind: { entries: number; entrySaves: number; articles: number; articleSaves: number; uploads: number; imports: number };
  /** After the last restart: the acknowledged imports by what their job says (done, to resume, failed…). */
  importJobs: Record<string, number>;
  /** Jobs the kills left unfinished, and how many of them were then taken up again and ended (with resumeImports). */
  importsResumed?: { left: number; finished: number };
  lost: string[];
  halfWritten: string[];
  orphanFiles: string[];
  integrityFailures: number;
  /** Files the crashes left behind that the start-up sweep quarantined. */
  quarantined: number;
  withoutAudit: string[];
  sessionLost: boolean;
  /** Cycles where no write was acknowledged for RESUME_MS after another process let go of its lock. */
  wedged: number;
  stats: DriveStats;
  /** The backup of what the cycles left, restored into a fresh place (scripts/trust/backup-round-trip.ts). */
  backup?: RoundTrip;
  seconds: number;
  workdir: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A job its server left running is taken up again once it has been silent for two minutes
 * (lib/import/import-job-runner.ts), when someone looks at it: ask after each, as the imports page
 * does, until every one has ended or this long has passed.
 */
const IMPORTS_RESUME_MS = 6 * 60_000;

async function settleImports(client: StaffClient, ids: string[]): Promise<boolean> {
  const until = Date.now() + IMPORTS_RESUME_MS;
  for (;;) {
    const states = await Promise.all(
      ids.map(async (id) => {
        const response = await client.request(`/api/v1/admin/imports/${id}?report=none`);
        return response.ok ? ((await response.json()) as { status: string }).status : `answered ${response.status}`;
      }),
    );
    if (states.every((state) => state === "done" || state === "failed" || state === "cancelled")) return true;
    if (Date.now() > until) return false;
    await sleep(5_000);
  }
}

/**
 * Starts the built app on a fresh database, drives writes (CSV imports among them) through its HTTP
 * API as a signed-in editor, kill -9s it at a random moment `cycles` times, restarts it each time, and checks what it
 * kept against what it acknowledged (scripts/trust/verify-after-crash.ts).
 */
export async function runCrashTest(options: {
  cycles: number;
  seed: number;
  port: number;
  workdir: string;
  /** After the last cycle, wait for the import jobs the kills left running to be resumed and end (at least two minutes). */
  resumeImports: boolean;
  progress: (line: string) => void;
}): Promise<CrashFigures> {
  const { cycles, seed, port, workdir, progress } = options;
  const started = Date.now();
  const place = serverPlace(port, workdir);
  const random = seededRandom(seed);
  const ledger = emptyLedger();
  const stats: DriveStats = { interrupted: 0, refused: {} };
  const writers: WriterState[] = Array.from({ length: WRITERS }, (_, index) => ({ name: `w${index}`, entries: [], articles: [], made: 0 }));
  const figures: CrashFigures = {
    cycles,
    cyclesPassed: 0,
    acknowledged: 0,
    byKind: { entries: 0, entrySaves: 0, articles: 0, articleSaves: 0, uploads: 0, imports: 0 },
    importJobs: {},
    lost: [],
    halfWritten: [],
    orphanFiles: [],
    integrityFailures: 0,
    quarantined: 0,
    withoutAudit: [],
    sessionLost: false,
    wedged: 0,
    stats,
    seconds: 0,
    workdir,
  };

  progress(`Starting the app on port ${port} with a fresh database in ${workdir} (the first start may build it)…`);
  let server: RunningServer = await startServer(place, FIRST_START_MS);
  const editor = await StaffClient.signIn(server.url, EDITOR.email, EDITOR.password);
  try {
    for (let cycle = 1; cycle <= cycles; cycle++) {
      let running = true;
      const client = editor.at(server.url);
      const drives = writers.map((state, index) =>
        driveWrites({ client, state, ledger, stats, random: seededRandom(seed * 7919 + cycle * 31 + index), running: () => running }),
      );
      const before = acknowledgedWrites(ledger);
      for (const waitUntil = Date.now() + FIRST_WRITE_MS; acknowledgedWrites(ledger) === before && Date.now() < waitUntil; )
        await sleep(50);
      const lock: LockKind | null = cycle % 3 === 2 ? "read" : cycle % 3 === 0 ? "write" : null;
      let resumed = true;
      if (lock) {
        const held = await holdLock(place.databaseFile, lock);
        await sleep(LOCK_MS);
        await held.release();
        const after = acknowledgedWrites(ledger);
        for (const waitUntil = Date.now() + RESUME_MS; acknowledgedWrites(ledger) === after && Date.now() < waitUntil; ) await sleep(50);
        resumed = acknowledgedWrites(ledger) > after;
        if (!resumed) figures.wedged += 1;
      }
      await sleep(LOAD_MS.least + random() * (LOAD_MS.most - LOAD_MS.least));
      // No new request after this; those in flight die with the server.
      running = false;
      await server.crash();
      await Promise.all(drives);

      server = await startServer(place, RESTART_MS);
      const check: CrashCheck = verifyAfterCrash({ databaseFile: place.databaseFile, uploadsDir: place.uploadsDir, ledger });
      const session = await editor.at(server.url).request("/api/v1/admin/entries/no-such-entry-for-the-session-check");
      const sessionKept = session.status === 404;
      const passed =
        resumed &&
        check.integrity === "ok" &&
        check.lost.length === 0 &&
        check.halfWritten.length === 0 &&
        check.orphanFiles.length === 0 &&
        sessionKept;
      if (passed) figures.cyclesPassed += 1;
      if (check.integrity !== "ok") figures.integrityFailures += 1;
      if (!sessionKept) figures.sessionLost = true;
      figures.lost = check.lost;
      figures.halfWritten = check.halfWritten;
      figures.orphanFiles = check.orphanFiles;
      figures.withoutAudit = check.withoutAudit;
      figures.importJobs = check.importJobs;
      progress(
        `Cycle ${cycle}/${cycles}${lock ? ` (another process held the ${lock} lock for ${LOCK_MS / 1000} s)` : ""}: ` +
          `${passed ? "passed" : "FAILED"}; ${acknowledgedWrites(ledger)} writes acknowledged so far, ` +
          (resumed ? "" : "writes did not resume after the lock, ") +
          `${check.lost.length} lost, ${check.halfWritten.length} half-written, ${check.orphanFiles.length} orphan files, integrity ${check.integrity}` +
          (sessionKept ? "" : ", the staff session was lost"),
      );
    }
    const left =
      ledger.imports.length - (figures.importJobs.done ?? 0) - (figures.importJobs.failed ?? 0) - (figures.importJobs.cancelled ?? 0);
    if (options.resumeImports && left > 0) {
      progress(`Asking after the ${left} import job(s) the kills left unfinished, until they are taken up again and end…`);
      const settled = await settleImports(
        editor.at(server.url),
        ledger.imports.map((job) => job.id),
      );
      const check = verifyAfterCrash({ databaseFile: place.databaseFile, uploadsDir: place.uploadsDir, ledger });
      figures.importsResumed = { left, finished: settled ? left : left - (check.importJobs["to resume"] ?? 0) };
      // Read again once they have ended: what the resumed jobs wrote is checked like the rest.
      figures.lost = check.lost;
      figures.halfWritten = check.halfWritten;
      figures.importJobs = check.importJobs;
    }
  } finally {
    await server.crash();
  }

  const versions = (records: typeof ledger.entries) => [...records.values()].reduce((sum, r) => sum + r.versions.length - 1, 0);
  figures.acknowledged = acknowledgedWrites(ledger);
  figures.byKind = {
    entries: ledger.entries.size,
    entrySaves: versions(ledger.entries),
    articles: ledger.articles.size,
    articleSaves: versions(ledger.articles),
    uploads: ledger.uploads.length,
    imports: ledger.imports.length,
  };
  figures.quarantined = quarantinedFiles(place.uploadsDir);
  progress("Backing up what the cycles left, and restoring it into a fresh place…");
  figures.backup = await backupRoundTrip({ ...place, workdir: path.join(workdir, "round-trip") });
  figures.seconds = Math.round((Date.now() - started) / 1000);
  return figures;
}
