import { analyzeArticle } from "@/lib/article-import/analyze";
import { analyzeArticleInputSchema } from "@/lib/article-import/analyze-input";
import { authorizedRoute } from "@/lib/auth/authorized";
import { readJsonBody } from "@/lib/http/read-json-body";

export const dynamic = "force-dynamic";

/** Proposes entries, links, people and organisations from a pasted news page (`{ text }` or `{ html }`); writes nothing. Editors, curators and admins. */
export const POST = authorizedRoute("entries.edit", async (_user, request) => {
  const analysis = await analyzeArticle(await readJsonBody(request, analyzeArticleInputSchema));
  return Response.json(analysis, { headers: { "Cache-Control": "private, no-store" } });
});
