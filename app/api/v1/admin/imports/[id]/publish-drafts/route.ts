import { authorizedRoute } from "@/lib/auth/authorized";
import { countImportEntries } from "@/lib/data/imports/count-import-entries";
import { moveImportDrafts } from "@/lib/data/imports/move-import-drafts";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/**
 * Publishes every entry a finished import created that is still a draft or in review (curators), as
 * "Publish all" on its page does. Answers how many moved and the import's entries by status now.
 */
export const POST = authorizedRoute("entries.publish", async (user, _request, { params }: Context) => {
  const { id } = await params;
  const { changed } = await moveImportDrafts(id, { to: "published", actor: user });
  return Response.json({ changed, counts: await countImportEntries(id) }, { headers: { "Cache-Control": "no-store" } });
});
