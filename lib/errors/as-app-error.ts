import { asDatabaseUnavailable } from "@/lib/db/database-unavailable";
import { AppError } from "./app-error";

/**
 * The refusal behind `error`: an AppError as it is, a database that cannot take the write now
 * (a lock held past the busy timeout, a full disk, an unreachable server) as UNAVAILABLE with the
 * reason in the reader's words, or undefined for anything else, which is a bug.
 */
export function asAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  const unavailable = asDatabaseUnavailable(error);
  if (!unavailable) return undefined;
  const key = unavailable.reason === "busy" ? "databaseBusy" : "databaseDown";
  return new AppError("UNAVAILABLE", { key }, { cause: unavailable });
}
