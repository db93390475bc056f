import { AppError, isAppError } from "@/lib/errors/app-error";
import type { AppErrorCode } from "@/lib/errors/error-codes";
import type { ImportTaskFailure } from "./import-task";

const firstLine = (error: unknown) => (error instanceof Error ? error.message : String(error)).split("\n")[0]!;

/** What a worker's task threw, as it can be sent to the server's thread. */
export function toImportTaskFailure(error: unknown): ImportTaskFailure {
  if (!isAppError(error)) return { bug: firstLine(error) };
  const { code, message, localized, field, issues, where } = error;
  return { refusal: { code, message, localized, field, issues, where } };
}

/** The refusal a worker's task threw, as the AppError it was; a bug as a plain Error with its first line. */
export function fromImportTaskFailure(failure: ImportTaskFailure): Error {
  if ("bug" in failure) return new Error(failure.bug);
  const { code, message, localized, ...options } = failure.refusal;
  return new AppError(code as AppErrorCode, localized ?? message, options as ConstructorParameters<typeof AppError>[2]);
}
