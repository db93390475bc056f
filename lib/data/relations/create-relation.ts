import { noteColumns } from "@/lib/content/localized-note";
import { type RelationType, SYMMETRIC_RELATIONS } from "@/lib/content/relation-types";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { type RelationInput, relationInputSchema } from "@/lib/validation/relation";
import { refreshRevisionSnapshots } from "../entries/refresh-revision-snapshots";
import { resolveSourceIds } from "../sources/resolve-source-ids";

/**
 * Adds one link between existing entries, as fixtures load them. A loaded link does not move the
 * entries to a new version, so the revision of the version they are at is brought up to date:
 * otherwise restoring that revision would drop the link.
 */
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
    const [fromId, toId] = [idOf(relation.fromSlug), idOf(relation.toSlug)];
    const created = await tx.entryRelation.create({
      data: {
        fromId,
        toId,
        type: relation.type,
        ...noteColumns(relation.note),
        sourceId: relation.sourceKey ? sourceIds!.get(relation.sourceKey)! : null,
      },
      select: { id: true },
    });
    await refreshRevisionSnapshots(tx, SYMMETRIC_RELATIONS.has(relation.type as RelationType) ? [fromId, toId] : [fromId]);
    return created;
  });
}
