import { parentPort } from "node:worker_threads";
import { readOpenDataEntries } from "@/lib/data/open-data/read-open-data-entries";
import { db } from "@/lib/db";
import { exportChunks } from "./export-chunks";
import type { ExportJob, ExportWorkerAnswer, ExportWorkerCall } from "./export-task";
import { TITLE_SLOT } from "./export-task";
import { EXPORT_FORMATS } from "./formats/export-formats";
import { entryPageUrl } from "./page-urls";

/** The open exports, by the id the server's thread gave them: each only a reader's place, between pieces. */
const open = new Map<number, AsyncGenerator<string>>();
const encoder = new TextEncoder();

function start(job: ExportJob): AsyncGenerator<string> {
  const format = EXPORT_FORMATS[job.extension];
  const { locale } = job.query;
  const writer = format.writer({
    locale,
    openingName: (title) => job.openingName.split(TITLE_SLOT).join(title),
    pageUrl: (slug) => entryPageUrl(locale, slug),
  });
  return exportChunks(readOpenDataEntries(job.query, { withArticles: format.withArticles }), writer);
}

const answer = (message: ExportWorkerAnswer, transfer: ArrayBuffer[] = []) => parentPort!.postMessage(message, transfer);

async function writeNext(id: number): Promise<void> {
  const chunks = open.get(id);
  if (!chunks) return;
  try {
    const next = await chunks.next();
    if (next.done) {
      open.delete(id);
      answer({ type: "end", id });
      return;
    }
    // Handed over, not copied: the server's thread never holds the file's text on its heap.
    const bytes = encoder.encode(next.value);
    answer({ type: "chunk", id, bytes }, [bytes.buffer as ArrayBuffer]);
  } catch (error) {
    open.delete(id);
    answer({ type: "failed", id, message: String((error as Error)?.message ?? error).split("\n")[0]! });
  }
}

async function stop(id: number): Promise<void> {
  const chunks = open.get(id);
  open.delete(id);
  await chunks?.return(undefined);
}

/**
 * One piece at a time, whatever the number of downloads: a piece is read and written only when its
 * download asks for it, so the worker's heap holds at most one page of entries at any moment, and
 * a download that stops asking costs nothing but its place.
 */
let work: Promise<void> = Promise.resolve();
const inTurn = (task: () => Promise<void>) => {
  // writeNext answers its own failures; a reader that fails while being stopped has no one to tell.
  work = work.then(task).catch(() => undefined);
};

/**
 * The export worker (started by lib/open-data/in-export-worker.ts through
 * lib/threads/typescript-worker-boot.mjs): reads the entries and writes the files for the server's
 * thread, which passes the pieces on to the clients.
 */
parentPort!.on("message", (call: ExportWorkerCall) => {
  switch (call.type) {
    case "open":
      open.set(call.id, start(call.job));
      return;
    case "pull":
      inTurn(() => writeNext(call.id));
      return;
    case "close":
      inTurn(() => stop(call.id));
      return;
    case "quit":
      inTurn(async () => {
        await db.$disconnect();
        process.exit(0);
      });
  }
});
