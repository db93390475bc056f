import { SYMMETRIC_RELATIONS } from "@/lib/content/relation-types";
import { type Database, db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { readEntrySnapshot } from "@/lib/revisions/entry-snapshot";
import { type RelationInput, relationInputSchema } from "@/lib/validation/relation";
import { resolveSourceIds } from "../sources/resolve-source-ids";

type Tx = Parameters<Parameters<Database["$transaction"]>[0]>[0];

/**
 * A loaded link does not move the entry to a new version, so the revision of the version it is
 * now part of is brought up to date: otherwise restoring that revision would drop the link.
 */
async function refreshLatestRevision(tx: Tx, entryId: string): Promise<void> {
  const latest = await tx.revision.findFirst({ where: { entryId }, orderBy: { version: "desc" }, select: { id: true } });
  if (!latest) return;
  const { snapshot } = await readEntrySnapshot(tx, entryId);
  await tx.revision.update({ where: { id: latest.id }, data: { snapshot: JSON.stringify(snapshot) } });
}

/** Adds one link between existing entries, as the seed and imports load them. */
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
    const created = await tx.entryRelation.create({
      data: {
        fromId: idOf(relation.fromSlug),
        toId: idOf(relation.toSlug),
        type: relation.type,
        note: relation.note,
        sourceId: relation.sourceKey ? sourceIds!.get(relation.sourceKey)! : null,
      },
      select: { id: true },
    });
    await refreshLatestRevision(tx, idOf(relation.fromSlug));
    if (SYMMETRIC_RELATIONS.has(relation.type)) await refreshLatestRevision(tx, idOf(relation.toSlug));
    return created;
  });
}
