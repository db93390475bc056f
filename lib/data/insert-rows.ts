import { Prisma } from "@/lib/generated/prisma/client";
import type { Transaction } from "./transaction";

/** Bound values per statement: under SQLite's 32,766 and PostgreSQL's 65,535, with room to spare. */
const MAX_VALUES = 20_000;

/**
 * Multi-row INSERTs of rows that all have the same columns, in statements of at most MAX_VALUES
 * bound values: how the batch writers load thousands of rows. Prisma's createMany compiles and
 * interprets a plan as large as the batch on every call (bench/results.md); a raw INSERT with the
 * same values costs none of that. The driver adapters bind a Date as the column's own timestamp
 * format and a boolean as the database's, so the rows read back as if Prisma had written them.
 */
export async function insertRows(tx: Transaction, table: string, rows: Record<string, unknown>[]): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const perStatement = Math.max(1, Math.floor(MAX_VALUES / columns.length));
  for (let start = 0; start < rows.length; start += perStatement) {
    const values = rows.slice(start, start + perStatement).map((row) => {
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
}
