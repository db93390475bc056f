import { authorizedRoute } from "@/lib/auth/authorized";
import { can } from "@/lib/auth/roles";
import { createArticle } from "@/lib/data/articles/create-article";
import { AppError } from "@/lib/errors/app-error";
import { readJsonBody } from "@/lib/http/read-json-body";
import { articleInputSchema } from "@/lib/validation/article";

export const dynamic = "force-dynamic";

/**
 * Creates an article (JSON; the body may be HTML and is sanitized before it is stored), with its
 * first revision. Editors create drafts; only curators and admins may create one already published.
 */
export const POST = authorizedRoute("entries.edit", async (user, request) => {
  const input = await readJsonBody(request, articleInputSchema);
  if (input.status !== "draft" && !can(user.role, "entries.publish")) throw new AppError("FORBIDDEN", "Only curators may publish.");
  return Response.json(await createArticle(input, user), { status: 201 });
});
