import type { z } from "zod";
import { issueText, type ValidationTranslate } from "@/lib/validation/messages";

/**
 * The mapping schema's complaints, for the upload form's table: each beside the column it is about
 * (its path is the file's column name), and one about the whole mapping (no title column) above it.
 */
export function mappingErrors(
  issues: readonly z.core.$ZodIssue[],
  columns: readonly string[],
  t: ValidationTranslate,
): { columnErrors: (string | undefined)[]; general: string | null } {
  const columnErrors: (string | undefined)[] = columns.map(() => undefined);
  let general: string | null = null;
  for (const issue of issues) {
    const index = issue.path.length > 0 ? columns.indexOf(String(issue.path[0])) : -1;
    if (index >= 0) columnErrors[index] ??= issueText(issue, t);
    else general ??= issueText(issue, t);
  }
  return { columnErrors, general };
}
