import { beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
const { findSlugAvailability } = await import("@/lib/data/publishing/find-slug-availability");
const { db } = await import("@/lib/db");

beforeAll(async () => {
  await seedReferenceData();
}, 60_000);

describe("whether a slug is free", () => {
  it("says a record's own slug is free for it, and taken for any other, with a free numbered variant", async () => {
    const { id } = await db.entry.findUniqueOrThrow({ where: { slug: "rzhev-memorial" }, select: { id: true } });
    expect(await findSlugAvailability("entry", "rzhev-memorial", id)).toEqual({
      slug: "rzhev-memorial",
      available: true,
      suggestion: null,
    });
    expect(await findSlugAvailability("entry", "rzhev-memorial", null)).toEqual({
      slug: "rzhev-memorial",
      available: false,
      suggestion: "rzhev-memorial-2",
    });
    expect((await findSlugAvailability("entry", "no-such-entry-yet", null)).available).toBe(true);
  });

  it("looks only at records of the same kind", async () => {
    expect((await findSlugAvailability("article", "rzhev-memorial", null)).available).toBe(true);
  });
});
