import { isValidationKey, type MessageParams, type ValidationTranslate } from "@/lib/validation/messages";

/** The part of the upload route's problem document that says why in any language. */
export interface ProblemReason {
  reason?: string;
  reasonParams?: MessageParams;
}

/**
 * Why the media library's upload route refused, in the reader's language: its `reason` is a key of
 * lib/validation/messages.ts with what it found in `reasonParams` (the same words the route's English
 * `detail` is written from). Null when the answer carries no reason this page knows.
 */
export function mediaRefusalText({ reason, reasonParams }: ProblemReason, validation: ValidationTranslate): string | null {
  return reason && isValidationKey(reason) ? validation(reason, reasonParams) : null;
}
