import { noteColumns } from "@/lib/content/localized-note";
import { db } from "@/lib/db";
import { type SourceInput, sourceInputSchema } from "@/lib/validation/source";

export async function upsertSource(input: SourceInput): Promise<{ id: string }> {
  const { note, ...source } = sourceInputSchema.parse(input);
  const data = { ...source, ...noteColumns(note) };
  return db.source.upsert({
    where: { key: source.key },
    create: data,
    update: data,
    select: { id: true },
  });
}
