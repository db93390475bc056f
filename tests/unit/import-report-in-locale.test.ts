import { beforeAll, describe, expect, it } from "vitest";
import type { ReportRow } from "@/lib/import/import-report";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
const { reportInLocale } = await import("@/lib/data/imports/report-in-locale");
const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");

beforeAll(async () => {
  await seedReferenceData();
}, 120_000);

const flagged: ReportRow = {
  line: 5,
  outcome: "duplicate",
  title: "Ржевский мемориал советскому солдату",
  reason: { en: "", ru: "" },
  candidates: [
    { slug: "rzhev-memorial", title: "Rzhev Memorial to the Soviet Soldier", distanceKm: 0 },
    { slug: "deleted-since", title: "An entry deleted since", distanceKm: 1.2 },
  ],
};
const refused: ReportRow = { line: 7, outcome: "failed", title: "Стела", column: "date", reason: { en: "no", ru: "нет" } };

describe("an import's report read in a language", () => {
  it("names each possible duplicate in the reader's language, and keeps the stored title of one deleted since", async () => {
    const [ru, other] = await reportInLocale([flagged, refused], "ru");
    expect(ru!.candidates!.map((candidate) => candidate.title)).toEqual(["Ржевский мемориал Советскому солдату", "An entry deleted since"]);
    expect(other).toEqual(refused);
    const [en] = await reportInLocale([flagged], "en");
    expect(en!.candidates![0]!.title).toBe("Rzhev Memorial to the Soviet Soldier");
  });
});
