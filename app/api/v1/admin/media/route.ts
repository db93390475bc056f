import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { authorizedRoute } from "@/lib/auth/authorized";
import { createMedia } from "@/lib/data/media/create-media";
import { db } from "@/lib/db";
import { notFoundProblem, problemResponse } from "@/lib/http/problem";
import { formatMegabytes, MAX_UPLOAD_BYTES } from "@/lib/media/image-rules";
import { englishValidation } from "@/lib/validation/english-messages";
import { type MediaFieldsInput, mediaFieldErrors, mediaFieldsSchema, mediaMetadataInput } from "@/lib/validation/media";
import { invalidMediaFields, MEDIA_STATUS_TITLES, mediaWriteProblem } from "./media-write-problem";

export const dynamic = "force-dynamic";

/** Room for the multipart boundaries, part headers and the text fields around the file. */
const FORM_OVERHEAD_BYTES = 64 * 1024;
const MAX_BODY_BYTES = MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES;

function tooLarge(): Response {
  return problemResponse({
    status: 413,
    title: MEDIA_STATUS_TITLES[413]!,
    detail: `The upload is too large; images may be at most ${formatMegabytes(MAX_UPLOAD_BYTES)}.`,
    errors: [{ path: "file", message: `Images may be at most ${formatMegabytes(MAX_UPLOAD_BYTES)}.` }],
  });
}

/** The body, or null once it grows past `limit` bytes (a missing or false Content-Length is not trusted). */
async function readBody(request: Request, limit: number): Promise<Buffer | null> {
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
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
 * 404 for an unknown entry or article; 413/415/422 when the file is refused, with a message for the curator;
 * 422 when an editor adds to published work; 503 when the database cannot take the write now.
 */
export const POST = authorizedRoute("entries.edit", async (user, request) => {
  const declared = request.headers.get("content-length");
  if (declared !== null && Number(declared) > MAX_BODY_BYTES) return tooLarge();

  const contentType = request.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data\s*;/i.test(contentType)) {
    return problemResponse({ status: 415, title: MEDIA_STATUS_TITLES[415]!, detail: "Send the image as multipart/form-data." });
  }

  const body = await readBody(request, MAX_BODY_BYTES);
  if (!body) return tooLarge();
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { "Content-Type": contentType } }).formData();
  } catch {
    return problemResponse({ status: 400, title: "Invalid request", detail: "The form data could not be read." });
  }

  const entrySlug = text(form, "entrySlug");
  const articleSlug = text(form, "articleSlug");
  const fields: MediaFieldsInput = {
    ...mediaMetadataInput((name) => text(form, name)),
    // Checked as slugs first (the same rules as ids: present, short, one owner only), resolved below.
    entryId: entrySlug,
    articleId: articleSlug,
  };

  const errors: { path: string; message: string }[] = [];
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) {
    errors.push({ path: "file", message: file instanceof File ? "The file is empty." : "Choose an image file to upload." });
  }
  const parsed = mediaFieldsSchema.safeParse(fields);
  if (!parsed.success) errors.push(...mediaFieldErrors(parsed.error, englishValidation));
  if (errors.length > 0 || !parsed.success || !(file instanceof File)) return invalidMediaFields(errors);

  const owner = await resolveOwner(parsed.data);
  if (!owner)
    return notFoundProblem(
      parsed.data.entryId !== null
        ? `No entry has the slug “${parsed.data.entryId}”.`
        : `No article has the slug “${parsed.data.articleId}”.`,
    );

  try {
    const created = await createMedia({
      bytes: Buffer.from(await file.arrayBuffer()),
      fields: { ...fields, entryId: owner.kind === "entry" ? owner.id : null, articleId: owner.kind === "article" ? owner.id : null },
      actor: user,
    });
    revalidatePath(owner.kind === "entry" ? "/[locale]/entries/[slug]" : "/[locale]/articles/[slug]", "page");
    return Response.json(created, { status: 201 });
  } catch (error) {
    return mediaWriteProblem(error);
  }
});

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
