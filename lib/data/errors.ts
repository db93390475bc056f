import { englishValidation } from "@/lib/validation/english-messages";
import type { LocalizedMessage } from "@/lib/validation/messages";

export type AppErrorCode = "NOT_FOUND" | "INVALID_INPUT" | "CONFLICT";

/**
 * A refusal by the data layer. Given as a message key, its `message` is the English the APIs answer
 * and `localized` lets a form say it in the reader's language (lib/validation/messages.ts refusalText).
 */
export class AppError extends Error {
  readonly localized?: LocalizedMessage;

  constructor(
    readonly code: AppErrorCode,
    message: string | LocalizedMessage,
  ) {
    super(typeof message === "string" ? message : englishValidation(message.key, message.params));
    this.name = "AppError";
    if (typeof message !== "string") this.localized = message;
  }
}
