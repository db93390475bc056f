import { db } from "@/lib/db";
import { readEntrySnapshot } from "@/lib/revisions/entry-snapshot";
import { writeEntrySearchDocuments } from "@/lib/search/search-documents";
import { type EntryInput, entryInputSchema } from "@/lib/validation/entry";
import { resolveSourceIds } from "../sources/resolve-source-ids";
import { entryColumns, translationColumns } from "./entry-columns";

export async function createEntry(input: EntryInput): Promise<{ id: string; slug: string }> {
  const entry = entryInputSchema.parse(input);
  return db.$transaction(async (tx) => {
    const sourceIds = await resolveSourceIds(
      tx,
      entry.citations.map((c) => c.sourceKey),
    );
    const created = await tx.entry.create({
      data: {
        ...entryColumns(entry, new Date()),
        translations: { create: translationColumns(entry) },
        citations: {
          create: entry.citations.map((c) => ({ sourceId: sourceIds.get(c.sourceKey)!, field: c.field, note: c.note })),
        },
      },
      select: { id: true, slug: true },
    });
    await writeEntrySearchDocuments(tx, created.id);
    const { snapshot, version } = await readEntrySnapshot(tx, created.id);
    await tx.revision.create({ data: { entryId: created.id, version, action: "create", snapshot: JSON.stringify(snapshot) } });
    return created;
  });
}
