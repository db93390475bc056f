import type { StaffUser } from "@/lib/auth/current-user";
import type { EntryEdit } from "@/lib/validation/entry-edit";
import { createEntries } from "./create-entries";

/** A new entry from the editor or the API: always a draft; the write path's batch of one. */
export async function createEntryDraft(edit: EntryEdit, actor: StaffUser): Promise<{ id: string; slug: string }> {
  const [created] = await createEntries([{ entry: edit, status: "draft" }], { actor });
  return created!;
}
