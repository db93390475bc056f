"use server";

import { authorizedAction } from "@/lib/auth/authorized";
import { moveImportDraftsFromForm, refusedImportDrafts } from "./import-drafts-form";
import type { ImportDraftsState } from "./import-drafts-state";

/** "Send all to review" on an import's page: every entry the import created that is still a draft. */
export const sendImportDraftsToReviewAction = authorizedAction(
  "entries.edit",
  async (user, _previous: ImportDraftsState, form: FormData): Promise<ImportDraftsState> =>
    moveImportDraftsFromForm(user, form, "in_review"),
  refusedImportDrafts,
);
