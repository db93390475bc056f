import { revalidatePath } from "next/cache";
import { ZodError, type z } from "zod";
import { authorizedRoute } from "@/lib/auth/authorized";
import { createMedia } from "@/lib/data/media/create-media";
import { db } from "@/lib/db";
import { AppError, type RequestIssue } from "@/lib/errors/app-error";
import type { AppErrorCode } from "@/lib/errors/error-codes";
import { invalidRequest } from "@/lib/errors/invalid-request";
import { mediaFormField, mediaMetadataInput } from "@/lib/forms/media-form";
import { readMultipartForm } from "@/lib/http/read-multipart-form";
import { formatMegabytes, MAX_UPLOAD_BYTES } from "@/lib/media/image-rules";
import { MEDIA_ERROR_STATUS, MediaError } from "@/lib/media/process-image";
import { englishValidation } from "@/lib/validation/english-messages";
import { type MediaFieldsInput, mediaFieldsSchema } from "@/lib/validation/media";

export const dynamic = "force-dynamic";

/** Room for the multipart boundaries, part headers and the text fields around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;
const MAX_BODY_BYTES = MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES;

/** The status lib/media gives each refusal of a file, as the error path's codes. */
const MEDIA_ERROR_CODE: Record<number, AppErrorCode> = { 413: "TOO_LARGE", 415: "UNSUPPORTED_MEDIA_TYPE", 422: "INVALID_INPUT" };

function tooLarge(): AppError {
  const reason = { key: "uploadTooLarge", params: { max: formatMegabytes(MAX_UPLOAD_BYTES) } } as const;
  return new AppError("TOO_LARGE", reason, { issues: [{ path: "file", issue: englishValidation(reason.key, reason.params) }] });
}

/** A text field, or undefined when it is missing (or is a file where text was expected). */
function text(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" ? value : undefined;
}

/**
 * Uploads an image for an entry or an article (multipart/form-data: `file`, `caption_en`, `altText_en`,
 * `caption_ru`, `altText_ru`, `credit`, `licence`, `sourceUrl`, and `entrySlug` or `articleSlug`).
 * 201 { id, filePath, thumbPath }; 400 with per-field `errors` (paths are the form's field names);
 * 422 for an unknown entry or article (named in the body); 413/415/422 when the file is refused, with a message for the curator
 * in `detail` and the same as a key of lib/validation/messages.ts in `reason` (with `reasonParams`), for forms in other languages.
 */
export const POST = authorizedRoute("entries.edit", async (user, request) => {
  const form = await readMultipartForm(request, { limit: MAX_BODY_BYTES, tooLarge, what: "the image" });

  const entrySlug = text(form, "entrySlug");
  const articleSlug = text(form, "articleSlug");
  const fields: MediaFieldsInput = {
    ...mediaMetadataInput((name) => text(form, name)),
    // Checked as slugs first (the same rules as ids: present, short, one owner only), resolved below.
    entryId: entrySlug,
    articleId: articleSlug,
  };

  const issues: RequestIssue[] = [];
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) {
    issues.push({ path: "file", issue: englishValidation(file instanceof File ? "imageEmpty" : "imageMissing") });
  }
  const parsed = mediaFieldsSchema.safeParse(fields);
  if (!parsed.success) issues.push(...invalidFields(parsed.error).issues!);
  if (issues.length > 0 || !parsed.success || !(file instanceof File)) {
    throw new AppError("INVALID_REQUEST", "One or more fields of the request body are not valid.", { where: "body", issues });
  }

  const owner = await resolveOwner(parsed.data);
  if (!owner) {
    const [field, message] =
      parsed.data.entryId !== null
        ? ["entrySlug", `No entry has the slug “${parsed.data.entryId}”.`]
        : ["articleSlug", `No article has the slug “${parsed.data.articleId}”.`];
    throw new AppError("NOT_FOUND", message, { field });
  }

  try {
    const created = await createMedia({
      bytes: Buffer.from(await file.arrayBuffer()),
      fields: { ...fields, entryId: owner.kind === "entry" ? owner.id : null, articleId: owner.kind === "article" ? owner.id : null },
      actor: user,
    });
    revalidatePath(owner.kind === "entry" ? "/[locale]/entries/[slug]" : "/[locale]/articles/[slug]", "page");
    return Response.json(created, { status: 201 });
  } catch (error) {
    if (error instanceof MediaError) {
      throw new AppError(MEDIA_ERROR_CODE[MEDIA_ERROR_STATUS[error.code]] ?? "INVALID_INPUT", error.reason, {
        issues: [{ path: "file", issue: error.message }],
        cause: error,
      });
    }
    if (error instanceof ZodError) throw invalidFields(error);
    throw error;
  }
});

/** A schema's refusal of the form's fields, by the names the form uses ("caption_en", "entrySlug"). */
function invalidFields(error: ZodError): AppError {
  return invalidRequest(error, "body", mediaFormField);
}

async function resolveOwner(
  fields: z.output<typeof mediaFieldsSchema>,
): Promise<{ kind: "entry" | "article"; id: string; slug: string } | null> {
  if (fields.entryId !== null) {
    const entry = await db.entry.findUnique({ where: { slug: fields.entryId }, select: { id: true, slug: true } });
    return entry && { kind: "entry", ...entry };
  }
  const article = await db.article.findUnique({ where: { slug: fields.articleId! }, select: { id: true, slug: true } });
  return article && { kind: "article", ...article };
}
