import { db } from "@/lib/db";

/** The path and query a short link leads to, or null for a code nobody made. */
export async function findShortLinkTarget({ code }: { code: string }): Promise<string | null> {
  const row = await db.shortLink.findUnique({ where: { code }, select: { target: true } });
  return row?.target ?? null;
}
