import type { ValidationTranslate } from "@/lib/validation/messages";
import { mediaRefusalText } from "../media-refusal-text";
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
  if (status === 403) return { ...refusal, message: mediaRefusalText(problem, validation) ?? validation("roleRefused") };
  if (status === 503) return { ...refusal, message: t("unavailable") };
  // The file itself was refused: why, in the page's language (the English detail is for API clients).
  const reason = mediaRefusalText(problem, validation);
  if ((status === 413 || status === 415 || status === 422) && reason) return { ...refusal, message: t("refused", { message: reason }) };
  return { ...refusal, message: t("failed", { status }) };
}
