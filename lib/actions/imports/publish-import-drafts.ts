"use server";

import { authorizedAction } from "@/lib/auth/authorized";
import { moveImportDraftsFromForm, refusedImportDrafts } from "./import-drafts-form";
import type { ImportDraftsState } from "./import-drafts-state";

/** "Publish all" on an import's page (curators): every entry the import created that is still a draft or in review. */
export const publishImportDraftsAction = authorizedAction(
  "entries.publish",
  async (user, _previous: ImportDraftsState, form: FormData): Promise<ImportDraftsState> =>
    moveImportDraftsFromForm(user, form, "published"),
  refusedImportDrafts,
);
