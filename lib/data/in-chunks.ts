/**
 * Prisma refuses a query with more bound values than it allows the database (999 for SQLite), so a
 * read by a long list of ids or slugs goes in chunks of `size` and the rows are put back together.
 */
export async function readInChunks<Value, Row>(
  values: readonly Value[],
  read: (chunk: Value[]) => Promise<Row[]>,
  size = 400,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (let start = 0; start < values.length; start += size) rows.push(...(await read(values.slice(start, start + size))));
  return rows;
}
