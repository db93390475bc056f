import type { ImportReading } from "@/lib/validation/import-upload";
import type { LocalizedMessage } from "@/lib/validation/messages";

/** Work an import worker does (lib/import/import-worker.ts): check an upload, or work through a job. */
export type ImportTask =
  | { kind: "check"; fileName: string; bytes: Uint8Array; reading: ImportReading }
  /** `staleBefore` as milliseconds since 1970: a Date would arrive as one, but a number says what crosses. */
  | { kind: "run"; id: string; staleBefore: number }
  /** Load what the other tasks need, so that the first of them does not wait for it. */
  | { kind: "warm" };

/** What a worker sends back: its task's answer, or why it refused or failed; and the most its heap held meanwhile. */
export type ImportTaskOutcome = ({ ok: true; value: unknown } | { ok: false; failure: ImportTaskFailure }) & { heapPeakMb: number };

/** An AppError as it crosses from a worker (a class does not), or a bug's first line. */
export type ImportTaskFailure =
  | { refusal: { code: string; message: string; localized?: LocalizedMessage; field?: string; issues?: unknown; where?: "body" | "query" } }
  | { bug: string };
