import { z } from "zod";
import { authorizedRoute } from "@/lib/auth/authorized";
import { deleteArticle } from "@/lib/data/articles/delete-article";
import { getArticleForEditing } from "@/lib/data/articles/get-article-for-editing";
import { updateArticle } from "@/lib/data/articles/update-article";
import { AppError } from "@/lib/errors/app-error";
import { readJsonBody, readQuery } from "@/lib/http/read-json-body";
import { articleEditSchema } from "@/lib/validation/article-edit";

export const dynamic = "force-dynamic";

const updateSchema = z.object({ expectedVersion: z.number().int().min(1), article: articleEditSchema });
const deleteSchema = z.object({ expectedVersion: z.coerce.number().int().min(1) });

type Context = { params: Promise<{ slug: string }> };

async function articleAt(context: Context) {
  const article = await getArticleForEditing((await context.params).slug);
  if (!article) throw new AppError("NOT_FOUND", "No such article");
  return article;
}

/** The article as the editor sees it, any status, with the version to send back with a change. */
export const GET = authorizedRoute("entries.edit", async (_user, _request, context: Context) => Response.json(await articleAt(context)));

/**
 * Saves a change (the whole article, as the editor sends it) made against `expectedVersion`;
 * 409 with the current article if someone saved since. The status changes only by review moves.
 */
export const PUT = authorizedRoute("entries.edit", async (user, request, context: Context) => {
  const article = await articleAt(context);
  const { expectedVersion, article: edit } = await readJsonBody(request, updateSchema);
  return Response.json(await updateArticle({ articleId: article.id, expectedVersion, edit, actor: user }));
});

/** Deletes the article and everything that belongs only to it: `?expectedVersion=N`, curators only. */
export const DELETE = authorizedRoute("entries.publish", async (user, request, context: Context) => {
  const article = await articleAt(context);
  const { expectedVersion } = readQuery(request, deleteSchema);
  await deleteArticle({ articleId: article.id, expectedVersion, actor: user });
  return new Response(null, { status: 204 });
});
