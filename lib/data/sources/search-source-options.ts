import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { SOURCE_OPTION_SELECT, type SourceOption } from "./source-option";
import { sourceTextCondition } from "./source-text-where";

export interface SourceOptionsQuery {
  query: string;
  limit: number;
}

/**
 * Sources for the citation picker as a person types, never the whole table: the source whose key is
 * the text first (so a key kept in a form is named again), then those whose title, publisher or web
 * address contains it, by title.
 */
export async function searchSourceOptions({ query, limit }: SourceOptionsQuery): Promise<SourceOption[]> {
  const text = query.trim();
  if (!text) return [];
  const [exact, matches] = await Promise.all([
    db.source.findUnique({ where: { key: text }, select: SOURCE_OPTION_SELECT }),
    db.$queryRaw<SourceOption[]>(Prisma.sql`SELECT "key", "title", "publisher", "url" FROM "Source"
      WHERE ${sourceTextCondition(text)} ORDER BY "title", "key" LIMIT ${limit}`),
  ]);
  return (exact ? [exact, ...matches.filter((m) => m.key !== exact.key)] : matches).slice(0, limit);
}
