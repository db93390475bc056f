import { z } from "zod";
import { authorizedRoute } from "@/lib/auth/authorized";
import type { StaffUser } from "@/lib/auth/current-user";
import { deleteArticle } from "@/lib/data/articles/delete-article";
import { getArticleForEditing } from "@/lib/data/articles/get-article-for-editing";
import { updateArticle } from "@/lib/data/articles/update-article";
import { notFoundProblem, validationProblem } from "@/lib/http/problem";
import { articleEditSchema } from "@/lib/validation/article-edit";
import { articleWriteProblem } from "../article-write-problem";

export const dynamic = "force-dynamic";

const updateSchema = z.object({ expectedVersion: z.number().int().min(1), article: articleEditSchema });
const deleteSchema = z.object({ expectedVersion: z.coerce.number().int().min(1) });

type Context = { params: Promise<{ slug: string }> };

/** The article as the editor sees it, any status, with the version to send back with a change. */
export const GET = authorizedRoute("entries.edit", async (_user, _request, context: Context) => {
  const article = await getArticleForEditing((await context.params).slug);
  return article ? Response.json(article) : notFoundProblem("No such article");
});

/**
 * Saves a change (the whole article, as the editor sends it) made against `expectedVersion`;
 * 409 with the current article if someone saved since. The status changes only by review moves.
 */
export const PUT = authorizedRoute("entries.edit", async (user: StaffUser, request, context: Context) => {
  const article = await getArticleForEditing((await context.params).slug);
  if (!article) return notFoundProblem("No such article");
  const parsed = updateSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return validationProblem(parsed.error);
  try {
    return Response.json(
      await updateArticle({ articleId: article.id, expectedVersion: parsed.data.expectedVersion, edit: parsed.data.article, actor: user }),
    );
  } catch (error) {
    return articleWriteProblem(error);
  }
});

/** Deletes the article and everything that belongs only to it: `?expectedVersion=N`, curators only. */
export const DELETE = authorizedRoute("entries.publish", async (user, request, context: Context) => {
  const article = await getArticleForEditing((await context.params).slug);
  if (!article) return notFoundProblem("No such article");
  const parsed = deleteSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return validationProblem(parsed.error);
  try {
    await deleteArticle({ articleId: article.id, expectedVersion: parsed.data.expectedVersion, actor: user });
    return new Response(null, { status: 204 });
  } catch (error) {
    return articleWriteProblem(error);
  }
});
