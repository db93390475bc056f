import type { StaffUser } from "@/lib/auth/current-user";
import { db } from "@/lib/db";
import { assertProposable } from "./assert-proposable";
import { assertSlugFree } from "./claim-version";
import type { AnyPublishableType, EditOf, SnapshotOf } from "./publishable-type";

/** Thrown to roll the preview's transaction back, carrying what it read. */
class Preview {
  constructor(readonly snapshot: unknown) {}
}

/**
 * The published record as a proposed edit would leave it, without changing it: the edit is written
 * and read back in a transaction that is then rolled back. So the preview is exactly what approving
 * would save (links resolved, texts as stored), and a bad edit (a taken slug, a link to nothing) is
 * refused now, beside its field, as saving it would be.
 */
export async function previewEditSnapshot<T extends AnyPublishableType>(
  type: T,
  input: { id: string; expectedVersion: number; edit: EditOf<T>; actor: StaffUser },
): Promise<SnapshotOf<T>> {
  try {
    await db.$transaction(async (tx) => {
      await assertProposable(tx, type, input);
      await assertSlugFree(tx, type, type.slugOf(input.edit), input.id);
      await type.writeFields(tx, input.id, input.edit);
      throw new Preview((await type.readSnapshot(tx, input.id)).snapshot);
    });
  } catch (error) {
    if (error instanceof Preview) return error.snapshot as SnapshotOf<T>;
    throw error;
  }
  throw new Error("The preview's transaction ended without rolling back.");
}
