import { db } from "@/lib/db";
import { newShortLinkCode } from "@/lib/share/short-link-code";

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown })?.code === "P2002";
}

/**
 * The short link's code for `target` (a path already checked by shareTargetSchema): the one it has,
 * or a new one. Two people sharing the same view at once get the same code: the loser of the race on
 * the unique target reads the winner's. A new code that happens to be taken is drawn again.
 */
export async function createShortLink({ target }: { target: string }): Promise<{ code: string; created: boolean }> {
  for (let tries = 0; tries < 5; tries++) {
    const existing = await db.shortLink.findUnique({ where: { target }, select: { code: true } });
    if (existing) return { code: existing.code, created: false };
    try {
      const { code } = await db.shortLink.create({ data: { code: newShortLinkCode(), target }, select: { code: true } });
      return { code, created: true };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error(`No free short link code for ${target} after 5 tries`);
}
