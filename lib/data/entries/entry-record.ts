import { readEntrySnapshot, readEntrySnapshots } from "@/lib/data/revisions/read-entry-snapshots";
import { type EntrySnapshot, parseStoredSnapshot, type StoredEntrySnapshot, snapshotForDiff } from "@/lib/revisions/entry-snapshot";
import type { EntryEdit } from "@/lib/validation/entry-edit";
import type { PublishableType } from "../publishing/publishable-type";
import { snapshotToEdit } from "./snapshot-to-edit";
import { writeEntryFields } from "./write-entry-fields";

/** Entries in the shared publishing lifecycle (lib/data/publishing/). */
export const ENTRY: PublishableType<EntrySnapshot, EntryEdit, StoredEntrySnapshot> = {
  name: "entry",
  path: "entries",
  model: "entry",
  revisionModel: "revision",
  ownerColumn: "entryId",
  gone: "entryGone",
  conflict: "Someone else saved this entry while you were editing it.",
  readSnapshot: readEntrySnapshot,
  readSnapshots: readEntrySnapshots,
  parseStored: parseStoredSnapshot,
  forDiff: snapshotForDiff,
  writeFields: writeEntryFields,
  storedToEdit: snapshotToEdit,
  slugOf: (edit) => edit.slug,
};
