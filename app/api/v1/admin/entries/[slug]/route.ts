import { z } from "zod";
import { authorizedRoute } from "@/lib/auth/authorized";
import { getEntryForEditing } from "@/lib/data/entries/get-entry-for-editing";
import { updateEntry } from "@/lib/data/entries/save-entry";
import { AppError } from "@/lib/errors/app-error";
import { readJsonBody } from "@/lib/http/read-json-body";
import { entryEditSchema } from "@/lib/validation/entry-edit";

export const dynamic = "force-dynamic";

const updateSchema = z.object({ expectedVersion: z.number().int().min(1), entry: entryEditSchema });

type Context = { params: Promise<{ slug: string }> };

async function entryAt(context: Context) {
  const entry = await getEntryForEditing((await context.params).slug);
  if (!entry) throw new AppError("NOT_FOUND", "No such entry");
  return entry;
}

/** The entry as the editor sees it, any status, with the version to send back with a change. */
export const GET = authorizedRoute("entries.edit", async (_user, _request, context: Context) => Response.json(await entryAt(context)));

/** Saves a change made against `expectedVersion`; 409 with the current entry if someone saved since. */
export const PUT = authorizedRoute("entries.edit", async (user, request, context: Context) => {
  const entry = await entryAt(context);
  const { expectedVersion, entry: edit } = await readJsonBody(request, updateSchema);
  return Response.json(await updateEntry({ entryId: entry.id, expectedVersion, edit, actor: user }));
});
