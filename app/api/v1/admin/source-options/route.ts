import { authorizedRoute } from "@/lib/auth/authorized";
import { searchSourceOptions } from "@/lib/data/sources/search-source-options";
import { validationProblem } from "@/lib/http/problem";
import { sourceOptionsQuerySchema } from "@/lib/validation/source";

export const dynamic = "force-dynamic";

/** Recorded sources matching what a member of staff types into the citation picker (title, publisher, address or key). */
export const GET = authorizedRoute("entries.edit", async (_user, request) => {
  const parsed = sourceOptionsQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return validationProblem(parsed.error);
  return Response.json(await searchSourceOptions({ query: parsed.data.q, limit: parsed.data.limit }), {
    headers: { "Cache-Control": "private, no-store" },
  });
});
