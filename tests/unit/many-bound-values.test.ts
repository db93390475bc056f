import { describe, expect, it } from "vitest";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
const { db } = await import("@/lib/db");

/**
 * A text query's matches (up to SEARCH_MATCH_LIMIT ids) go into the page query of the public API and
 * the exports as one IN list. SQLite takes 32,766 bound values; Prisma assumes 999 unless the adapter says so.
 */
describe("a query with thousands of bound values", () => {
  it("runs, on either database", async () => {
    const ids = Array.from({ length: 5000 }, (_, i) => `no-such-entry-${i}`);
    await expect(db.entry.findMany({ where: { id: { in: ids } }, select: { id: true } })).resolves.toEqual([]);
    // Beside other conditions, as the exports' filters put them, the list cannot be split into several queries.
    await expect(
      db.entry.findMany({
        where: { AND: [{ id: { in: ids } }, { kind: { in: ["memorial", "event"] } }, { id: { gt: "" } }] },
        orderBy: { id: "asc" },
        take: 500,
        select: { id: true },
      }),
    ).resolves.toEqual([]);
  });
});
