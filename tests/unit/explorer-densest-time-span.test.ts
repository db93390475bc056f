import { describe, expect, it } from "vitest";
import type { EntryInput } from "@/lib/validation/entry";
import { setupTestDatabase } from "./test-database";

// The data layer binds to DATABASE_URL when "@/lib/db" is first loaded: import it only after this.
setupTestDatabase();
const { createEntry } = await import("@/lib/data/entries/create-entry");
const { upsertSource } = await import("@/lib/data/sources/upsert-source");
const { densestTimeSpan } = await import("@/lib/data/entries/densest-time-span");

const DAY = 864e5;
const YEAR = 365.25 * DAY;
let created = 0;

async function add(date: string | null, status: "published" | "draft" = "published"): Promise<void> {
  created += 1;
  await createEntry({
    slug: `dated-${created}`,
    kind: "event",
    status,
    ...(date ? { date } : {}),
    translations: { en: { title: `Dated ${created}` } },
    citations: date ? [{ sourceKey: "span", field: "date" }] : [],
  } as EntryInput);
}

const day = (text: string) => Date.parse(`${text}T00:00:00Z`);

describe("the span the explorer's timeline opens on", () => {
  it("is none while no published entry has a date", async () => {
    await upsertSource({ key: "span", title: "Opening span fixtures" });
    await add(null);
    await add("1942-07-17", "draft");
    expect(await densestTimeSpan()).toBeNull();
  });

  it("shows at least a year around a collection of one day, in whole days", async () => {
    await add("1943-03-22");
    const span = (await densestTimeSpan())!;
    expect(Math.abs(span.start % DAY)).toBe(0);
    expect(Math.abs(span.end % DAY)).toBe(0);
    expect(span.end - span.start).toBeGreaterThanOrEqual(YEAR);
    expect(span.end - span.start).toBeLessThan(1.2 * YEAR);
    expect(span.start).toBeLessThan(day("1943-03-22"));
    expect(span.end).toBeGreaterThan(day("1943-03-23"));
  });

  it("frames the years where most entries begin, to the last of their ends, with a margin", async () => {
    for (const date of ["1941-06-22/1945-05-09", "1942-01/1943-03", "1942-07-17/1943-02-02", "1944-05-09", "1945-04-16/1945-05-02"])
      await add(date);
    for (const date of ["1960-05-09", "1967-10-15", "1975-05-09", "2020-06-30"]) await add(date);
    const span = (await densestTimeSpan())!;
    expect(span.start).toBeLessThan(day("1941-06-22"));
    expect(span.start).toBeGreaterThan(day("1941-01-01"));
    expect(span.end).toBeGreaterThan(day("1945-05-10"));
    expect(span.end).toBeLessThan(day("1945-12-31"));
  });

  it("frames no more than five years of a long entry that begins there, and ignores drafts", async () => {
    await add("1941-09-08/1999-01-01");
    for (let i = 0; i < 20; i++) await add(`19${70 + (i % 5)}-01-0${1 + (i % 9)}`, "draft");
    const span = (await densestTimeSpan())!;
    expect(span.start).toBeLessThan(day("1941-06-22"));
    expect(span.end - span.start).toBeLessThanOrEqual(5.6 * YEAR);
  });

  it("moves when the collection changes", async () => {
    for (let i = 0; i < 12; i++) await add(`1967-0${1 + (i % 9)}-1${i % 10}`);
    const span = (await densestTimeSpan())!;
    expect(span.start).toBeGreaterThan(day("1960-01-01"));
    expect(span.start).toBeLessThan(day("1967-01-01"));
    expect(span.end).toBeGreaterThan(day("1967-09-19"));
  });
});
