import "server-only";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { logger } from "@/lib/log/logger";
import type { ImportReading } from "@/lib/validation/import-upload";
import { namedImportFormat } from "./import-format";
import { IMPORT_CHECK_TIMEOUT_MS, importWorkerHeapMb } from "./import-limits";
import { ImportWorkerStopped, inImportWorker, warmImportWorker } from "./in-import-worker";
import type { UploadSummary } from "./inspect-import-file";

/** A worker that could not read the file, as the refusal of the file the person is shown. */
function refusalOf(error: unknown): AppError {
  const [code, message] =
    error instanceof ImportWorkerStopped && error.reason === "memory"
      ? (["TOO_LARGE", "Reading the file needs more memory than an import may use."] as const)
      : error instanceof ImportWorkerStopped && error.reason === "time"
        ? (["INVALID_INPUT", "Reading the file took too long."] as const)
        : (["INVALID_INPUT", "The file could not be read."] as const);
  return new AppError(code, `${message} Nothing was imported. Split it into smaller files, or check that it is what its name says.`, {
    issues: [{ path: "file", issue: message }],
  });
}

// Whatever loads the upload's check will soon check a file: have the worker ready (not while
// Next.js builds, which loads route modules to read their settings).
if (process.env.NEXT_PHASE !== "phase-production-build") warmImportWorker();

/**
 * An uploaded file checked whole before anything is stored or written (inspectImportFile), in an
 * import worker: the request waits for the answer, other requests do not. The worker has room for
 * the format the file's name claims (a file whose content is another format is refused before it is
 * parsed), or, for a name that claims none, for a file parsed whole. It is read as `reading` says
 * (encoding; a CSV's delimiter and column mapping), and answers how it read it. Throws the AppError that refuses the file,
 * also when reading it needs more memory or time than an import may take, or fails unexpectedly
 * (logged, as a bug to look at).
 */
export async function checkImportUpload(
  fileName: string,
  bytes: Uint8Array,
  reading: ImportReading = { encoding: "utf-8" },
): Promise<UploadSummary> {
  try {
    return await inImportWorker<UploadSummary>(
      { kind: "check", fileName, bytes, reading },
      {
        heapMb: importWorkerHeapMb(bytes.byteLength, namedImportFormat(fileName)),
        timeoutMs: IMPORT_CHECK_TIMEOUT_MS,
        fileBytes: bytes.byteLength,
      },
    );
  } catch (error) {
    if (isAppError(error)) throw error;
    if (!(error instanceof ImportWorkerStopped && error.reason !== "crash")) {
      logger.error({ err: error, fileName, bytes: bytes.byteLength }, "import upload check failed");
    }
    throw refusalOf(error);
  }
}
