import { z } from "zod";
import { authorizedRoute } from "@/lib/auth/authorized";
import { EntryFieldError } from "@/lib/data/entries/entry-field-error";
import { getEntryForEditing } from "@/lib/data/entries/get-entry-for-editing";
import { EditConflictError, updateEntry } from "@/lib/data/entries/save-entry";
import { AppError } from "@/lib/data/errors";
import { editConflictProblem, notFoundProblem, problemResponse, validationProblem } from "@/lib/http/problem";
import { entryEditSchema } from "@/lib/validation/entry-edit";

export const dynamic = "force-dynamic";

const updateSchema = z.object({ expectedVersion: z.number().int().min(1), entry: entryEditSchema });

type Context = { params: Promise<{ slug: string }> };

/** The entry as the editor sees it, any status, with the version to send back with a change. */
export const GET = authorizedRoute("entries.edit", async (_user, _request, context: Context) => {
  const entry = await getEntryForEditing((await context.params).slug);
  return entry ? Response.json(entry) : notFoundProblem("No such entry");
});

/** Saves a change made against `expectedVersion`; 409 with the current entry if someone saved since. */
export const PUT = authorizedRoute("entries.edit", async (user, request, context: Context) => {
  const entry = await getEntryForEditing((await context.params).slug);
  if (!entry) return notFoundProblem("No such entry");
  const parsed = updateSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return validationProblem(parsed.error);
  try {
    return Response.json(
      await updateEntry({ entryId: entry.id, expectedVersion: parsed.data.expectedVersion, edit: parsed.data.entry, actor: user }),
    );
  } catch (error) {
    if (error instanceof EditConflictError) return editConflictProblem(error);
    if (error instanceof EntryFieldError) {
      return problemResponse({
        status: 422,
        title: "Not saved",
        detail: error.message,
        errors: [{ path: error.field, message: error.message }],
      });
    }
    if (error instanceof AppError) return problemResponse({ status: 422, title: "Not saved", detail: error.message });
    throw error;
  }
});
