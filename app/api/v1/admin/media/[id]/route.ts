import { revalidatePath } from "next/cache";
import { ZodError } from "zod";
import { authorizedRoute } from "@/lib/auth/authorized";
import { deleteMedia } from "@/lib/data/media/delete-media";
import type { MediaOwnerRef } from "@/lib/data/media/media-owner";
import { updateMedia } from "@/lib/data/media/update-media";
import { invalidRequest } from "@/lib/errors/invalid-request";
import { mediaFormField } from "@/lib/forms/media-form";
import { readJsonBody } from "@/lib/http/read-json-body";
import { mediaMetadataSchema } from "@/lib/validation/media";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

function refreshPages(owner: MediaOwnerRef): void {
  revalidatePath(owner.ownerType === "entry" ? "/[locale]/entries/[slug]" : "/[locale]/articles/[slug]", "page");
  revalidatePath("/[locale]/admin/media", "layout");
}

/** updateMedia checks the fields again: its refusal named by the form's fields, like the route's own. */
async function withFieldNames<T>(write: Promise<T>): Promise<T> {
  try {
    return await write;
  } catch (error) {
    throw error instanceof ZodError ? invalidRequest(error, "body", mediaFormField) : error;
  }
}

/**
 * Changes what is said about an image: JSON `{ translations: { en: { caption, altText }, ru: {…} },
 * credit, licence, sourceUrl }`, under the upload's rules. 200 `{ id }`; 400 with per-field `errors`
 * (paths are the form's field names: `caption_en`, `credit`…); 404 when the image is gone.
 */
export const PATCH = authorizedRoute("entries.edit", async (user, request, context: Context) => {
  const { id } = await context.params;
  const fields = await readJsonBody(request, mediaMetadataSchema, mediaFormField);
  refreshPages(await withFieldNames(updateMedia({ mediaId: id, fields, actor: user })));
  return Response.json({ id });
});

/** Deletes an image with its files (curators): 204; 404 when it is already gone; 403 for other roles. */
export const DELETE = authorizedRoute("entries.publish", async (user, _request, context: Context) => {
  const { id } = await context.params;
  refreshPages(await deleteMedia({ mediaId: id, actor: user }));
  return new Response(null, { status: 204 });
});
