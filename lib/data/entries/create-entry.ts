import type { StaffUser } from "@/lib/auth/current-user";
import type { EntryInput } from "@/lib/validation/entry";
import { createEntries } from "./create-entries";
import { newEntryFromInput } from "./new-entry";

/** One entry in the shape the seed and test fixtures write (see newEntryFromInput); the write path's batch of one. */
export async function createEntry(input: EntryInput, actor: StaffUser | null = null): Promise<{ id: string; slug: string }> {
  const [created] = await createEntries([newEntryFromInput(input)], { actor });
  return created!;
}
