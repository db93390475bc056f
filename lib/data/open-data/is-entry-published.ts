import { db } from "@/lib/db";
import { PUBLISHED } from "../published";

export async function isEntryPublished(slug: string): Promise<boolean> {
  return (await db.entry.count({ where: { slug, status: PUBLISHED } })) > 0;
}
