import { diffSnapshots, type FieldChange } from "@/lib/revisions/diff-snapshots";
import type { AnyPublishableType, StoredOf } from "./publishable-type";

/** What changed from one stored version of a record to another (`before` null: the first), as a history or a review shows it. */
export function recordChanges<T extends AnyPublishableType>(type: T, before: StoredOf<T> | null, after: StoredOf<T>): FieldChange[] {
  return [
    ...diffSnapshots(before === null ? null : type.forDiff(before), type.forDiff(after)),
    ...(type.pairedChanges?.(before, after) ?? []),
  ];
}
