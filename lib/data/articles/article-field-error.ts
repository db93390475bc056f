import type { LocalizedMessage } from "@/lib/validation/messages";
import { AppError, type AppErrorCode } from "../errors";

/** A refusal that belongs to one field of the article form, so the form can show it beside that field. */
export class ArticleFieldError extends AppError {
  constructor(
    code: AppErrorCode,
    /** The form's field name: "slug", "mentions.2.entrySlug". */
    readonly field: string,
    message: string | LocalizedMessage,
  ) {
    super(code, message);
  }
}
