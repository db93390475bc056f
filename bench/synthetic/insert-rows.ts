import type { Database } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

type Transaction = Parameters<Parameters<Database["$transaction"]>[0]>[0];

/**
 * One multi-row INSERT of rows that all have the same columns, for PostgreSQL bulk loads. Prisma's
 * createMany compiles and interprets a plan as large as the batch on every call (about 2 ms per
 * entry with its translations and citations, more than half the load time); a raw INSERT with the
 * same values costs none of that. The server infers each parameter's type from its column.
 */
export async function insertRows(tx: Transaction, table: string, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const values = rows.map((row) => {
    if (Object.keys(row).length !== columns.length) throw new Error(`${table}: every row needs the columns ${columns.join(", ")}`);
    return Prisma.sql`(${Prisma.join(
      columns.map((column) => {
        if (!(column in row)) throw new Error(`${table}: a row lacks ${column}`);
        return row[column];
      }),
    )})`;
  });
  await tx.$executeRaw(
    Prisma.sql`INSERT INTO ${Prisma.raw(`"${table}"`)} (${Prisma.raw(columns.map((c) => `"${c}"`).join(", "))}) VALUES ${Prisma.join(values)}`,
  );
}
