import { isValidationKey, type ValidationTranslate } from "@/lib/validation/messages";
import type { UploadAnswer } from "./upload-image";

type Caption = "caption_en" | "caption_ru";
type Shared = "credit" | "licence";

export interface UploadRefusal {
  /** What the file's row says. */
  message: string;
  /** Field errors the server gave by field name: captions belong to the file, credit and licence to the whole upload. */
  captions: Partial<Record<Caption, string>>;
  shared: Partial<Record<Shared, string>>;
}

/** Why the upload route did not take one file, in the reader's language where the answer carries a reason. */
export function uploadRefusal(
  { status, problem }: UploadAnswer,
  { t, validation }: { t: (key: string, values?: Record<string, string | number>) => string; validation: ValidationTranslate },
): UploadRefusal {
  const refusal: UploadRefusal = { message: t("fixErrors"), captions: {}, shared: {} };
  if (status === 400 && problem.errors?.length) {
    for (const { path, message } of problem.errors) {
      if (path === "caption_en" || path === "caption_ru") refusal.captions[path] ??= message;
      else if (path === "credit" || path === "licence") refusal.shared[path] ??= message;
      else refusal.message = message;
    }
    return refusal;
  }
  // The entry is named in the body: gone meanwhile, it is refused as that field (422 with its path).
  if (status === 404 || problem.errors?.some((error) => error.path === "entrySlug")) return { ...refusal, message: t("gone") };
  if (status === 0) return { ...refusal, message: t("network") };
  if (status === 401) return { ...refusal, message: t("signedOut") };
  if (status === 403) {
    return {
      ...refusal,
      message: problem.reason && isValidationKey(problem.reason) ? validation(problem.reason) : validation("roleRefused"),
    };
  }
  if (status === 503) return { ...refusal, message: t("unavailable") };
  if ((status === 413 || status === 415 || status === 422) && problem.detail)
    return { ...refusal, message: t("refused", { message: problem.detail }) };
  return { ...refusal, message: t("failed", { status }) };
}
