import { beforeAll, describe, expect, it, vi } from "vitest";
import { setupTestDatabase } from "./test-database";

// The data layer binds to DATABASE_URL when "@/lib/db" is first loaded: import it only after this.
setupTestDatabase();
const { db } = await import("@/lib/db");
const { collectionVersion, summaryRows, summaryRowsReadAhead, whileAnswering } = await import("@/lib/viewport");

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  // More published entries than one read-ahead step (200 rows), some drafts among them.
  await db.entry.createMany({
    data: Array.from({ length: 300 }, (_, i) => ({
      slug: `ahead-${i}`,
      kind: "memorial",
      status: i % 5 === 0 ? "draft" : "published",
      latitude: 40 + i * 0.01,
      longitude: 20 + i * 0.01,
    })),
  });
});

async function publishedIds(): Promise<string[]> {
  return (await db.entry.findMany({ where: { status: "published" }, select: { id: true } })).map((e) => e.id);
}

describe("summary rows read ahead", () => {
  it("has every published row in memory once the read-ahead is done, so a first view reads nothing", async () => {
    const ids = await publishedIds();
    const version = await collectionVersion();
    await summaryRowsReadAhead(version);
    const reads = vi.spyOn(db, "$queryRaw");
    try {
      const rows = await summaryRows(ids, version);
      expect(rows).toHaveLength(ids.length);
      expect(reads).not.toHaveBeenCalled();
    } finally {
      reads.mockRestore();
    }
  });

  it("reads the collection again when it changes, never keeping an older row", async () => {
    await db.entry.update({ where: { slug: "ahead-7" }, data: { slug: "ahead-7-renamed" } });
    const version = await collectionVersion();
    await summaryRowsReadAhead(version);
    const renamed = await db.entry.findUniqueOrThrow({ where: { slug: "ahead-7-renamed" }, select: { id: true } });
    const [row] = await summaryRows([renamed.id], version);
    expect(row?.slug).toBe("ahead-7-renamed");
  });

  it("reads nothing ahead while a viewport query is being answered, and reads it all once the server is quiet", async () => {
    await db.entry.update({ where: { slug: "ahead-8" }, data: { slug: "ahead-8-renamed" } });
    const version = await collectionVersion();
    let finish!: () => void;
    const answering = whileAnswering(() => new Promise<void>((resolve) => (finish = resolve)));
    const reads = vi.spyOn(db, "$queryRaw");
    try {
      await summaryRows([], version);
      await sleep(400);
      expect(reads).not.toHaveBeenCalled();
    } finally {
      reads.mockRestore();
      finish();
      await answering;
    }
    await summaryRowsReadAhead(version);
    const ids = await publishedIds();
    const after = vi.spyOn(db, "$queryRaw");
    try {
      expect(await summaryRows(ids, version)).toHaveLength(ids.length);
      expect(after).not.toHaveBeenCalled();
    } finally {
      after.mockRestore();
    }
  });
});
