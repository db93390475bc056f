import { databaseKind } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The spellings of the typed text looked for: as typed, in lower case, capitalised and in capitals.
 * SQLite's LIKE folds only ASCII letters, so "музей" would miss "Музей" without them.
 */
function spellings(text: string): string[] {
  const lower = text.toLocaleLowerCase();
  return [...new Set([text, lower, lower.charAt(0).toLocaleUpperCase() + lower.slice(1), text.toLocaleUpperCase()])];
}

/**
 * The SQL condition on "Source" for sources whose title, publisher or web address contains the text:
 * the picker's and the staff list's search. Raw SQL because Prisma's `contains` passes % and _ to
 * LIKE as wildcards ("100%" would match every title); here they are escaped and match themselves.
 */
export function sourceTextCondition(text: string): Prisma.Sql {
  const like = Prisma.raw(databaseKind() === "postgresql" ? "ILIKE" : "LIKE");
  const conditions = spellings(text.trim()).flatMap((spelling) => {
    const pattern = `%${spelling.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    return ["title", "publisher", "url"].map((column) => Prisma.sql`${Prisma.raw(`"${column}"`)} ${like} ${pattern} ESCAPE '\\'`);
  });
  return Prisma.sql`(${Prisma.join(conditions, " OR ")})`;
}
