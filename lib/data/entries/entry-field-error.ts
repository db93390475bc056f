import type { LocalizedMessage } from "@/lib/validation/messages";
import { AppError, type AppErrorCode } from "../errors";

/** A save refused because of one form field (a link to an entry that does not exist, a taken slug…), so the form can mark that field. */
export class EntryFieldError extends AppError {
  constructor(
    code: AppErrorCode,
    /** The form's field name: "slug", "relations.2.target", "citations.0.source". */
    readonly field: string,
    message: string | LocalizedMessage,
  ) {
    super(code, message);
  }
}
