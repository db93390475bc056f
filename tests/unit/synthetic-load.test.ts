import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
const { loadCollection } = await import("@/bench/synthetic/load-collection");
const { readEntrySnapshot } = await import("@/lib/data/revisions/read-entry-snapshots");
const { writeEntrySearchDocuments } = await import("@/lib/search/search-documents");
const { db } = await import("@/lib/db");

const COUNT = 240;

beforeAll(async () => {
  await loadCollection({ count: COUNT, seed: 7, batchSize: 50, onProgress: () => {} });
}, 120_000);

async function searchDocuments(entryId: string) {
  const rows = await db.searchDocument.findMany({
    where: { entryId },
    select: { locale: true, title: true, aliases: true, body: true, skeleton: true },
    orderBy: { locale: "asc" },
  });
  return rows;
}

describe("a synthetic collection loaded in batches", () => {
  it("leaves every entry with its search documents, exactly as the data layer writes them", async () => {
    const entries = await db.entry.findMany({ select: { id: true, _count: { select: { translations: true, search: true } } } });
    expect(entries).toHaveLength(COUNT);
    expect(entries.filter((e) => e._count.search !== e._count.translations)).toEqual([]);
    for (const { id } of entries.filter((_, index) => index % 40 === 0)) {
      const loaded = await searchDocuments(id);
      await db.$transaction((tx) => writeEntrySearchDocuments(tx, id));
      expect(await searchDocuments(id)).toEqual(loaded);
    }
  });

  it("gives every entry a first revision showing it as it is, links from later batches included", async () => {
    const entries = await db.entry.findMany({ select: { id: true, version: true } });
    expect(entries.every((e) => e.version === 1)).toBe(true);
    const revisions = await db.revision.findMany({ where: { version: 1, action: "create" }, select: { entryId: true, snapshot: true } });
    expect(revisions).toHaveLength(COUNT);
    const linked = await db.entryRelation.findMany({ select: { fromId: true, toId: true } });
    expect(linked.length).toBeGreaterThan(10);
    const checked = new Set([...linked.map((l) => l.toId), ...entries.filter((_, index) => index % 20 === 0).map((e) => e.id)]);
    for (const revision of revisions.filter((r) => checked.has(r.entryId))) {
      expect(JSON.parse(revision.snapshot)).toEqual((await readEntrySnapshot(db, revision.entryId)).snapshot);
    }
  });
});
