import { db } from "@/lib/db";
import { parseHistoricalDate, toStoredColumns } from "@/lib/dates";
import { entryInputSchema, type EntryInput } from "@/lib/validation/entry";
import { readEntrySnapshot } from "@/lib/revisions/entry-snapshot";
import { writeEntrySearchDocuments } from "@/lib/search/search-documents";
import { resolveSourceIds } from "../sources/resolve-source-ids";

export async function createEntry(input: EntryInput): Promise<{ id: string; slug: string }> {
  const entry = entryInputSchema.parse(input);
  const dateColumns = toStoredColumns(entry.date ? parseHistoricalDate(entry.date) : null);
  return db.$transaction(async (tx) => {
    const sourceIds = await resolveSourceIds(tx, entry.citations.map((c) => c.sourceKey));
    const created = await tx.entry.create({
      data: {
        slug: entry.slug,
        kind: entry.kind,
        status: entry.status,
        latitude: entry.latitude,
        longitude: entry.longitude,
        locationPrecision: entry.locationPrecision,
        countryCode: entry.countryCode,
        wikidataId: entry.wikidataId,
        ...dateColumns,
        publishedAt: entry.status === "published" ? new Date() : null,
        translations: {
          create: Object.entries(entry.translations).map(([locale, text]) => ({
            locale,
            ...text,
            aliases: text.aliases.join("\n"),
          })),
        },
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
