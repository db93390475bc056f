"use server";

import { authorizedAction } from "@/lib/auth/authorized";
import { type ImportDraftsState, moveImportDraftsFromForm, refusedImportDrafts } from "./import-drafts-form";

/** "Send all to review" on an import's page: every entry the import created that is still a draft. */
export const sendImportDraftsToReviewAction = authorizedAction(
  "entries.edit",
  async (user, _previous: ImportDraftsState, form: FormData): Promise<ImportDraftsState> =>
    moveImportDraftsFromForm(user, form, "in_review"),
  refusedImportDrafts,
);
