import { db } from "@/lib/db";

/** The theme slugs of one entry, alphabetically. */
export async function listEntryTags(slug: string): Promise<string[]> {
  const rows = await db.entryTag.findMany({
    where: { entry: { slug } },
    select: { tag: { select: { slug: true } } },
    orderBy: { tag: { slug: "asc" } },
  });
  return rows.map((row) => row.tag.slug);
}
