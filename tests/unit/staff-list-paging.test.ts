import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
const { listEntriesForStaff } = await import("@/lib/data/entries/list-entries-for-staff");
const { listArticlesForStaff } = await import("@/lib/data/articles/list-articles-for-staff");
const { listReviewQueue } = await import("@/lib/data/review/list-review-queue");
const { listUsers } = await import("@/lib/data/users/list-users");
const { pageCount, pageRequest } = await import("@/lib/paging/page");
const { db } = await import("@/lib/db");

type Lister<T> = (page: { page: number; size: number }) => Promise<{ items: T[]; total: number | null; hasNext: boolean }>;

/** Every page of a list, read with the given page size: what each page held and what the pages said. */
async function readPages<T>(list: Lister<T>, size: number): Promise<{ pages: T[][]; totals: (number | null)[] }> {
  const pages: T[][] = [];
  const totals: (number | null)[] = [];
  for (let page = 1; page < 1000; page++) {
    const result = await list({ page, size });
    pages.push(result.items);
    totals.push(result.total);
    if (!result.hasNext) break;
  }
  return { pages, totals };
}

beforeAll(async () => {
  await seedReferenceData();
  const staff = await db.entry.findMany({ select: { id: true }, orderBy: { slug: "asc" }, take: 9 });
  // Several in review, some updated in the same millisecond: paging must neither repeat nor skip them.
  const at = new Date("2025-01-01T00:00:00Z");
  await db.entry.updateMany({ where: { id: { in: staff.map((e) => e.id) } }, data: { status: "in_review", updatedAt: at } });
  for (let i = 0; i < 4; i++) {
    await db.user.create({ data: { id: `paging-user-${i}`, name: `Paging ${i}`, email: `paging-${i}@example.org`, role: "editor" } });
  }
}, 60_000);

describe("staff lists, a page at a time", () => {
  it("reads every entry exactly once across pages, newest change first, with the count", async () => {
    const { pages, totals } = await readPages((page) => listEntriesForStaff({ locale: "en", page }), 4);
    const total = await db.entry.count();
    expect(pages.every((page) => page.length <= 4)).toBe(true);
    expect(pages.length).toBe(Math.ceil(total / 4));
    const ids = pages.flat().map((row) => row.id);
    expect(new Set(ids).size).toBe(total);
    expect(totals.every((t) => t === total)).toBe(true);
    const times = pages.flat().map((row) => row.updatedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it("pages a status filter on its own count", async () => {
    const { pages, totals } = await readPages((page) => listEntriesForStaff({ status: "in_review", locale: "en", page }), 2);
    expect(pages.flat().map((row) => row.status)).toEqual(Array(9).fill("in_review"));
    expect(new Set(pages.flat().map((row) => row.id)).size).toBe(9);
    expect(totals[0]).toBe(9);
    expect(pageCount({ total: 9, size: 2 })).toBe(5);
  });

  it("pages the review queue in submission order, entries and articles together", async () => {
    const whole = (await listReviewQueue({ locale: "en", page: { page: 1, size: 100 } })).items;
    const { pages, totals } = await readPages((page) => listReviewQueue({ locale: "en", page }), 3);
    expect(pages.flat().map((item) => item.id)).toEqual(whole.map((item) => item.id));
    expect(totals[0]).toBe(whole.length);
    const times = whole.map((item) => item.submittedAt.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
  });

  it("pages articles and users the same way", async () => {
    const articles = await readPages((page) => listArticlesForStaff({ locale: "en", page }), 2);
    expect(new Set(articles.pages.flat().map((row) => row.id)).size).toBe(await db.article.count());
    const users = await readPages((page) => listUsers({ page }), 3);
    expect(users.pages.flat().map((row) => row.email)).toEqual([...users.pages.flat().map((row) => row.email)].sort());
    expect(users.pages.flat().length).toBe(await db.user.count());
  });

  it("reads the page from the address, the first one for anything else", () => {
    expect(pageRequest("3", 20)).toEqual({ page: 3, size: 20 });
    expect(pageRequest(["2", "5"])).toEqual({ page: 2, size: 50 });
    for (const bad of [undefined, "", "0", "-1", "2.5", "x", "99999999999"]) expect(pageRequest(bad).page).toBe(1);
  });
});
