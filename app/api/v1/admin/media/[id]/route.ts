import { revalidatePath } from "next/cache";
import { authorizedRoute } from "@/lib/auth/authorized";
import { deleteMedia } from "@/lib/data/media/delete-media";
import type { MediaOwnerRef } from "@/lib/data/media/media-owner";
import { updateMedia } from "@/lib/data/media/update-media";
import { problemResponse } from "@/lib/http/problem";
import { mediaMetadataSchema } from "@/lib/validation/media";
import { mediaWriteProblem } from "../media-write-problem";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

function refreshPages(owner: MediaOwnerRef): void {
  revalidatePath(owner.ownerType === "entry" ? "/[locale]/entries/[slug]" : "/[locale]/articles/[slug]", "page");
  revalidatePath("/[locale]/admin/media", "layout");
}

/**
 * Changes what is said about an image: JSON `{ translations: { en: { caption, altText }, ru: {…} },
 * credit, licence, sourceUrl }`, under the upload's rules. 200 `{ id }`; 400 with per-field `errors`
 * (paths are the form's field names: `caption_en`, `credit`…); 404 when the image is gone; 422 when an
 * editor describes an image of published work; 503 when the database cannot take the write now.
 */
export const PATCH = authorizedRoute("entries.edit", async (user, request, context: Context) => {
  const { id } = await context.params;
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return problemResponse({ status: 400, title: "Invalid request", detail: "Send the image's metadata as a JSON object." });
  }
  const parsed = mediaMetadataSchema.safeParse(body);
  if (!parsed.success) return mediaWriteProblem(parsed.error);
  try {
    refreshPages(await updateMedia({ mediaId: id, fields: parsed.data, actor: user }));
    return Response.json({ id });
  } catch (error) {
    return mediaWriteProblem(error);
  }
});

/** Deletes an image with its files (curators): 204; 404 when it is already gone; 403 for other roles. */
export const DELETE = authorizedRoute("entries.publish", async (user, _request, context: Context) => {
  const { id } = await context.params;
  try {
    refreshPages(await deleteMedia({ mediaId: id, actor: user }));
    return new Response(null, { status: 204 });
  } catch (error) {
    return mediaWriteProblem(error);
  }
});
