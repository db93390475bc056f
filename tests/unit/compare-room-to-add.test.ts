import { beforeAll, describe, expect, it } from "vitest";
import type { StaffUser } from "@/lib/auth/current-user";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
const { createEntries } = await import("@/lib/data/entries/create-entries");
const { getComparison, MAX_COMPARED } = await import("@/lib/data/entries/get-comparison");

const CURATOR: StaffUser = { id: "curator-1", email: "curator@example.org", name: "Curator", role: "curator" };
const text = { aliases: "", summary: "", description: "", placeName: "", locationNote: "", authors: "", dimensions: "" };

function memorialComparableToRzhev(n: number) {
  return {
    status: "published" as const,
    entry: {
      slug: `another-memorial-${n}`,
      kind: "memorial" as const,
      latitude: "",
      longitude: "",
      date: "1985",
      translations: { en: { ...text, title: `Another memorial ${n}` }, ru: { ...text, title: "" } },
      relations: [{ type: "comparable_to" as const, target: "rzhev-memorial", note: { en: "", ru: "" }, source: "" }],
      citations: [],
    },
  };
}

describe("a memorial's default comparison", () => {
  beforeAll(async () => {
    await seedReferenceData();
    // More comparable monuments than fit in one comparison.
    await createEntries([1, 2, 3, 4, 5, 6, 7, 8].map(memorialComparableToRzhev), { actor: CURATOR });
  });

  it("leaves room for the visitor to add a monument of their own, however many are linked", async () => {
    const { entries } = await getComparison({ slugs: ["rzhev-memorial"], locale: "en" });
    expect(entries[0]?.entry.slug).toBe("rzhev-memorial");
    expect(entries.length).toBe(MAX_COMPARED - 1);
  });

  it("still compares as many as the visitor names, up to the limit", async () => {
    const named = ["rzhev-memorial", ...[1, 2, 3, 4, 5, 6, 7, 8].map((n) => `another-memorial-${n}`)];
    const { entries } = await getComparison({ slugs: named, locale: "en" });
    expect(entries.length).toBe(MAX_COMPARED);
  });
});
