import { z } from "zod";
import { authorizedRoute } from "@/lib/auth/authorized";
import { ARTICLE } from "@/lib/data/articles/article-record";
import { deleteRecord } from "@/lib/data/publishing/delete-record";
import { publishableRecordRoutes, recordAt } from "@/lib/http/publishable-routes";
import { readQuery } from "@/lib/http/read-json-body";
import { articleEditSchema } from "@/lib/validation/article-edit";

export const dynamic = "force-dynamic";

const routes = publishableRecordRoutes(ARTICLE, articleEditSchema, "entries.edit");
const deleteSchema = z.object({ expectedVersion: z.coerce.number().int().min(1) });

/** The article as the editor sees it, any status, with the version to send back with a change. */
export const GET = routes.GET;

/**
 * Saves a change (the whole article, as the editor sends it: `{ expectedVersion, article }`) made
 * against `expectedVersion`; 409 with the current article if someone saved since. The status changes
 * only by review moves. An editor's change to a published article is kept as their proposal for a
 * curator's review (202), and the published article stays as it is.
 */
export const PUT = routes.PUT;

/** Deletes the article and everything that belongs only to it: `?expectedVersion=N`, curators only. */
export const DELETE = authorizedRoute("entries.publish", async (user, request, context: { params: Promise<{ slug: string }> }) => {
  const article = await recordAt(ARTICLE, context);
  const { expectedVersion } = readQuery(request, deleteSchema);
  await deleteRecord(ARTICLE, { id: article.id, expectedVersion, actor: user });
  return new Response(null, { status: 204 });
});
