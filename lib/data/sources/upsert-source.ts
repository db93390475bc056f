import { db } from "@/lib/db";
import { type SourceInput, sourceInputSchema } from "@/lib/validation/source";

export async function upsertSource(input: SourceInput): Promise<{ id: string }> {
  const source = sourceInputSchema.parse(input);
  return db.source.upsert({
    where: { key: source.key },
    create: source,
    update: source,
    select: { id: true },
  });
}
