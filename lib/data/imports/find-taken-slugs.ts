import "server-only";
import { db } from "@/lib/db";

/** Which of these slugs an entry already has. */
export async function findTakenSlugs(slugs: readonly string[]): Promise<Set<string>> {
  if (slugs.length === 0) return new Set();
  const rows = await db.entry.findMany({ where: { slug: { in: [...new Set(slugs)] } }, select: { slug: true } });
  return new Set(rows.map((row) => row.slug));
}
