import { ArticleEditConflictError } from "@/lib/data/articles/article-edit-conflict";
import { ArticleFieldError } from "@/lib/data/articles/article-field-error";
import { AppError } from "@/lib/data/errors";
import { editConflictProblem, problemResponse } from "@/lib/http/problem";

/**
 * The problem document for a refused article write: 409 with the article as it is now when someone
 * saved since, 404 or 422 for the data layer's other refusals (naming the field when there is one). Anything else is a bug and is rethrown.
 */
export function articleWriteProblem(error: unknown): Response {
  if (error instanceof ArticleEditConflictError) return editConflictProblem(error);
  if (error instanceof ArticleFieldError) {
    return problemResponse({
      status: error.code === "NOT_FOUND" ? 404 : 422,
      title: "Not saved",
      detail: error.message,
      errors: [{ path: error.field, message: error.message }],
    });
  }
  if (error instanceof AppError)
    return problemResponse({ status: error.code === "NOT_FOUND" ? 404 : 422, title: "Not saved", detail: error.message });
  throw error;
}
