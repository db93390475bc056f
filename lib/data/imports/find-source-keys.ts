import "server-only";
import { db } from "@/lib/db";

/** The key of the source recorded with each of these web addresses (the first, when several are). */
export async function findSourceKeysByUrl(urls: readonly string[]): Promise<Map<string, string>> {
  if (urls.length === 0) return new Map();
  const rows = await db.source.findMany({
    where: { url: { in: [...new Set(urls)] } },
    select: { key: true, url: true },
    orderBy: { key: "asc" },
  });
  const keys = new Map<string, string>();
  for (const row of rows) if (row.url && !keys.has(row.url)) keys.set(row.url, row.key);
  return keys;
}
