import { authorizedRoute } from "@/lib/auth/authorized";
import { can } from "@/lib/auth/roles";
import { createArticle } from "@/lib/data/articles/create-article";
import { problemResponse, validationProblem } from "@/lib/http/problem";
import { articleInputSchema } from "@/lib/validation/article";
import { articleWriteProblem } from "./article-write-problem";

export const dynamic = "force-dynamic";

/**
 * Creates an article (JSON; the body may be HTML and is sanitized before it is stored), with its
 * first revision. Editors create drafts; only curators and admins may create one already published.
 */
export const POST = authorizedRoute("entries.edit", async (user, request) => {
  const parsed = articleInputSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return validationProblem(parsed.error);
  if (parsed.data.status !== "draft" && !can(user.role, "entries.publish")) {
    return problemResponse({ status: 403, title: "Forbidden", detail: "Only curators may publish." });
  }
  try {
    return Response.json(await createArticle(parsed.data, user), { status: 201 });
  } catch (error) {
    return articleWriteProblem(error);
  }
});
