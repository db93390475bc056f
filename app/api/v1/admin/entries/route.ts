import { authorizedRoute } from "@/lib/auth/authorized";
import { createEntryDraft } from "@/lib/data/entries/create-entry-draft";
import { readJsonBody } from "@/lib/http/read-json-body";
import { entryEditSchema } from "@/lib/validation/entry-edit";

export const dynamic = "force-dynamic";

/** Creates a draft entry from the same fields as the editor (JSON); editors, curators and admins only. */
export const POST = authorizedRoute("entries.edit", async (user, request) => {
  const created = await createEntryDraft(await readJsonBody(request, entryEditSchema), user);
  return Response.json(created, { status: 201 });
});
