import { db } from "@/lib/db";
import { PUBLISHED } from "../published";

export interface TagOption {
  slug: string;
  name: string;
}

/** Themes that have at least one published entry, named in the visitor's language (else English). */
export async function listTags(locale: string): Promise<TagOption[]> {
  const rows = await db.tag.findMany({
    where: { entries: { some: { entry: { status: PUBLISHED } } } },
    select: { slug: true, names: true },
    orderBy: { slug: "asc" },
  });
  return rows.map((row) => {
    const names = JSON.parse(row.names) as Record<string, string>;
    return { slug: row.slug, name: names[locale] ?? names.en ?? row.slug };
  });
}
