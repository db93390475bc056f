import { authorizedRoute } from "@/lib/auth/authorized";
import { searchEntryOptions } from "@/lib/data/search/search-entry-options";
import { validationProblem } from "@/lib/http/problem";
import { entryOptionsQuerySchema } from "@/lib/validation/entry-options";

export const dynamic = "force-dynamic";

/** Entries of any status matching what a member of staff types into a picker (links, mentions, an image's entry). */
export const GET = authorizedRoute("entries.edit", async (_user, request) => {
  const parsed = entryOptionsQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return validationProblem(parsed.error);
  const { q, ...options } = parsed.data;
  return Response.json(await searchEntryOptions({ query: q, ...options, publishedOnly: false }), {
    headers: { "Cache-Control": "private, no-store" },
  });
});
