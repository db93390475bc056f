import type { z } from "zod";
import type { ExportExtension } from "./export-files";
import type { exportQuerySchema } from "./queries/export-query";

/** Stands for the title in `ExportJob.openingName`. */
export const TITLE_SLOT = "\uE000";

/** One export as the server's thread hands it to the export worker: plain data, checked already. */
export interface ExportJob {
  extension: ExportExtension;
  query: z.output<typeof exportQuerySchema>;
  /** "Opening of <title>" in the query's language, TITLE_SLOT for the title (the worker has no request to translate with). */
  openingName: string;
}

/** From the server's thread: start an export, write its next piece, stop it (the client went away), or end the worker (idle). */
export type ExportWorkerCall =
  | { type: "open"; id: number; job: ExportJob }
  | { type: "pull"; id: number }
  | { type: "close"; id: number }
  | { type: "quit" };

/** From the worker: the next piece's bytes, the end of the file, or why it cannot go on. */
export type ExportWorkerAnswer =
  | { type: "chunk"; id: number; bytes: Uint8Array }
  | { type: "end"; id: number }
  | { type: "failed"; id: number; message: string };
