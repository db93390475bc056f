import { authorizedRoute } from "@/lib/auth/authorized";
import { EntryFieldError } from "@/lib/data/entries/entry-field-error";
import { createEntryDraft } from "@/lib/data/entries/save-entry";
import { AppError } from "@/lib/data/errors";
import { problemResponse, validationProblem } from "@/lib/http/problem";
import { entryEditSchema } from "@/lib/validation/entry-edit";

export const dynamic = "force-dynamic";

/** Creates a draft entry from the same fields as the editor (JSON); editors, curators and admins only. */
export const POST = authorizedRoute("entries.edit", async (user, request) => {
  const parsed = entryEditSchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return validationProblem(parsed.error);
  try {
    const created = await createEntryDraft(parsed.data, user);
    return Response.json(created, { status: 201 });
  } catch (error) {
    if (error instanceof EntryFieldError) {
      return problemResponse({
        status: 422,
        title: "Not saved",
        detail: error.message,
        errors: [{ path: error.field, message: error.message }],
      });
    }
    if (error instanceof AppError)
      return problemResponse({ status: error.code === "NOT_FOUND" ? 404 : 422, title: "Not saved", detail: error.message });
    throw error;
  }
});
