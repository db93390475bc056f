import { db } from "@/lib/db";
import { relationInputSchema, type RelationInput } from "@/lib/validation/relation";
import { AppError } from "../errors";
import { resolveSourceIds } from "../sources/resolve-source-ids";

export async function createRelation(input: RelationInput): Promise<{ id: string }> {
  const relation = relationInputSchema.parse(input);
  return db.$transaction(async (tx) => {
    const entries = await tx.entry.findMany({
      where: { slug: { in: [relation.fromSlug, relation.toSlug] } },
      select: { id: true, slug: true },
    });
    const idOf = (slug: string) => {
      const found = entries.find((e) => e.slug === slug);
      if (!found) throw new AppError("NOT_FOUND", `No entry "${slug}"`);
      return found.id;
    };
    const sourceIds = relation.sourceKey ? await resolveSourceIds(tx, [relation.sourceKey]) : null;
    return tx.entryRelation.create({
      data: {
        fromId: idOf(relation.fromSlug),
        toId: idOf(relation.toSlug),
        type: relation.type,
        note: relation.note,
        sourceId: relation.sourceKey ? sourceIds!.get(relation.sourceKey)! : null,
      },
      select: { id: true },
    });
  });
}
