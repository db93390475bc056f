import { z } from "zod";
import { authorizedRoute } from "@/lib/auth/authorized";
import { PUBLICATION_STATUSES } from "@/lib/content/entry-kinds";
import { ARTICLE } from "@/lib/data/articles/article-record";
import { changeRecordStatus } from "@/lib/data/publishing/change-record-status";
import { recordAt } from "@/lib/http/publishable-routes";
import { readJsonBody } from "@/lib/http/read-json-body";

export const dynamic = "force-dynamic";

const moveSchema = z.object({ expectedVersion: z.number().int().min(1), to: z.enum(PUBLICATION_STATUSES) });

type Context = { params: Promise<{ slug: string }> };

/**
 * Moves an article through review: `{ "expectedVersion": 2, "to": "published" }`. The same moves as
 * the editor page: editors submit for review, curators publish and archive (403 otherwise).
 */
export const POST = authorizedRoute("entries.edit", async (user, request, context: Context) => {
  const article = await recordAt(ARTICLE, context);
  const move = await readJsonBody(request, moveSchema);
  return Response.json(await changeRecordStatus(ARTICLE, { id: article.id, ...move, actor: user }));
});
