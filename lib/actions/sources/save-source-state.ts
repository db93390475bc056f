import type { FormFailureStatus } from "@/lib/errors/form-state-from-error";
import type { SourceFormValues } from "@/lib/forms/source-form";

/** What the source edit form shows after a save: the values (as saved, or as typed when refused) and what became of them. */
export interface SaveSourceState {
  status: "idle" | "saved" | FormFailureStatus;
  values: SourceFormValues;
  fieldErrors: Record<string, string>;
  message?: string;
}
