import { z } from "zod";
import { authorizedRoute } from "@/lib/auth/authorized";
import { PUBLICATION_STATUSES } from "@/lib/content/entry-kinds";
import { changeArticleStatus } from "@/lib/data/articles/change-article-status";
import { getArticleForEditing } from "@/lib/data/articles/get-article-for-editing";
import { AppError } from "@/lib/errors/app-error";
import { readJsonBody } from "@/lib/http/read-json-body";

export const dynamic = "force-dynamic";

const moveSchema = z.object({ expectedVersion: z.number().int().min(1), to: z.enum(PUBLICATION_STATUSES) });

type Context = { params: Promise<{ slug: string }> };

/**
 * Moves an article through review: `{ "expectedVersion": 2, "to": "published" }`. The same moves as
 * the editor page: editors submit for review, curators publish and archive (403 otherwise).
 */
export const POST = authorizedRoute("entries.edit", async (user, request, context: Context) => {
  const article = await getArticleForEditing((await context.params).slug);
  if (!article) throw new AppError("NOT_FOUND", "No such article");
  const move = await readJsonBody(request, moveSchema);
  return Response.json(await changeArticleStatus({ articleId: article.id, ...move, actor: user }));
});
