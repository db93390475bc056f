import path from "node:path";
import { mulberry32 as seededRandom } from "@/bench/synthetic/generate-collection";
import { backupRoundTrip, type RoundTrip } from "./backup-round-trip";
import { type DriveStats, driveWrites, type WriterState } from "./drive-writes";
import { holdLock, type LockKind } from "./hold-lock";
import { StaffClient } from "./staff-client";
import { type RunningServer, serverPlace, startServer, startServers } from "./trust-server";
import { type CrashCheck, quarantinedFiles, verifyAfterCrash } from "./verify-after-crash";
import { acknowledgedWrites, type CheckMark, emptyLedger } from "./write-ledger";

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

/** How long each part of a check took, for the progress line. */
const parts = (check: CrashCheck) =>
  Object.entries(check.timings)
    .map(([part, ms]) => `${part} ${ms} ms`)
    .join(", ");

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
  let [server] = (await startServers([place], FIRST_START_MS)) as [RunningServer];
  const editor = await StaffClient.signIn(server.url, EDITOR.email, EDITOR.password);
  // What any check found, kept across cycles: a later check reads only what came after it.
  const found = {
    lost: new Set<string>(),
    halfWritten: new Set<string>(),
    orphanFiles: new Set<string>(),
    withoutAudit: new Set<string>(),
  };
  const keep = (check: CrashCheck) => {
    for (const part of ["lost", "halfWritten", "orphanFiles", "withoutAudit"] as const)
      for (const line of check[part]) found[part].add(line);
    Object.assign(figures, {
      lost: [...found.lost],
      halfWritten: [...found.halfWritten],
      orphanFiles: [...found.orphanFiles],
      withoutAudit: [...found.withoutAudit],
      importJobs: check.importJobs,
    });
  };
  const check = (since?: CheckMark) => verifyAfterCrash({ databaseFile: place.databaseFile, uploadsDir: place.uploadsDir, ledger, since });
  let mark: CheckMark | undefined;
  try {
    for (let cycle = 1; cycle <= cycles; cycle++) {
      const cycleStarted = Date.now();
      let running = true;
      const client = editor.at(server.url);
      const drives = writers.map((state, index) =>
        driveWrites({ client, state, ledger, stats, random: seededRandom(seed * 7919 + cycle * 31 + index), running: () => running }),
      );
      const before = acknowledgedWrites(ledger);
      for (const waitUntil = Date.now() + FIRST_WRITE_MS; acknowledgedWrites(ledger) === before && Date.now() < waitUntil; )
        await sleep(50);
      const firstWriteMs = Date.now() - cycleStarted;
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
      const killedAt = Date.now();
      await server.crash();
      await Promise.all(drives);

      const restartAt = Date.now();
      server = await startServer(place, RESTART_MS);
      const checkAt = Date.now();
      const result = check(mark);
      const checkMs = Date.now() - checkAt;
      mark = result.mark;
      keep(result);
      const session = await editor.at(server.url).request("/api/v1/admin/entries/no-such-entry-for-the-session-check");
      const sessionKept = session.status === 404;
      const passed =
        resumed &&
        result.integrity === "ok" &&
        result.lost.length === 0 &&
        result.halfWritten.length === 0 &&
        result.orphanFiles.length === 0 &&
        sessionKept;
      if (passed) figures.cyclesPassed += 1;
      if (result.integrity !== "ok") figures.integrityFailures += 1;
      if (!sessionKept) figures.sessionLost = true;
      const seconds = (ms: number) => (ms / 1000).toFixed(1);
      progress(
        `Cycle ${cycle}/${cycles}${lock ? ` (another process held the ${lock} lock for ${LOCK_MS / 1000} s)` : ""}: ` +
          `${passed ? "passed" : "FAILED"}; ${acknowledgedWrites(ledger)} writes acknowledged so far (${result.looked} new ones checked), ` +
          (resumed ? "" : "writes did not resume after the lock, ") +
          `${result.lost.length} lost, ${result.halfWritten.length} half-written, ${result.orphanFiles.length} orphan files, integrity ${result.integrity}` +
          (sessionKept ? "" : ", the staff session was lost") +
          `. Took ${seconds(Date.now() - cycleStarted)} s: first write ${seconds(firstWriteMs)}, writing ${seconds(killedAt - cycleStarted)}, ` +
          `kill ${seconds(restartAt - killedAt)}, restart ${seconds(checkAt - restartAt)}, check ${seconds(checkMs)} s (${parts(result)})`,
      );
    }
    const ended = (figures.importJobs.done ?? 0) + (figures.importJobs.failed ?? 0) + (figures.importJobs.cancelled ?? 0);
    const left = ledger.imports.length - ended;
    const resume = options.resumeImports && left > 0;
    if (resume) {
      progress(`Asking after the ${left} import job(s) the kills left unfinished, until they are taken up again and end…`);
      await settleImports(
        editor.at(server.url),
        ledger.imports.map((job) => job.id),
      );
    }
    // Last, everything again from the start: every write acknowledged in any cycle, and what the resumed jobs wrote.
    const checkAt = Date.now();
    const last = check();
    keep(last);
    if (last.integrity !== "ok") figures.integrityFailures += 1;
    if (resume) figures.importsResumed = { left, finished: left - (last.importJobs["to resume"] ?? 0) };
    progress(
      `Checked everything once more from the start: ${last.looked} acknowledged writes looked for, ${last.lost.length} lost, ` +
        `${last.halfWritten.length} half-written, integrity ${last.integrity} (${((Date.now() - checkAt) / 1000).toFixed(1)} s: ${parts(last)}).`,
    );
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
