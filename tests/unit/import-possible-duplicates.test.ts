import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { waitFor } from "./async-checks";
import { CURATOR, staffAccount } from "./staff-fixtures";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
process.env.UPLOADS_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "imports-duplicates-"));
const { startImport } = await import("@/lib/import/start-import");
const { getImportJob } = await import("@/lib/data/imports/get-import-job");
const { db } = await import("@/lib/db");
const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");

beforeAll(async () => {
  await seedReferenceData();
  await db.user.create({ data: staffAccount(CURATOR) });
}, 120_000);

/**
 * A register that has the Rzhev memorial of the reference collection twice, under names of its own,
 * at its point: once by its name with "Советскому" in lower case, once within a longer title of the
 * museum's making (the register's note says it repeats the first). Neither may become a second entry.
 */
const REGISTER_MAPPING = {
  "№ п/п": "external_id",
  "Наименование объекта": "title_ru",
  "Населённый пункт": "place_name_ru",
  Широта: "latitude",
  Долгота: "longitude",
  "Год открытия": "date",
};
const register = new Uint8Array(fs.readFileSync(path.join(__dirname, "../fixtures/unseen/tver-museum-register-cp1251.csv")));

describe("possible duplicates in an import", { timeout: 120_000 }, () => {
  it("flags each row that names an entry at its point, however the register words it, and creates neither", async () => {
    const started = await startImport({
      fileName: "register.csv",
      bytes: register,
      actor: CURATOR,
      dryRun: true,
      reading: { encoding: "windows-1251", delimiter: "semicolon", mapping: REGISTER_MAPPING },
    });
    await waitFor(async () => !["queued", "running"].includes((await getImportJob(started.id))!.status));
    const job = (await getImportJob(started.id))!;
    const flagged = job.report.filter((row) => row.outcome === "duplicate");
    const ofRzhev = flagged.filter((row) => row.candidates?.some((candidate) => candidate.slug === "rzhev-memorial"));
    expect(ofRzhev.map((row) => row.line).sort((a, b) => a - b)).toEqual([5, 44]);
    // The register's memorials are not events: the opening of the memorial, an event at its point, is never a candidate.
    expect(flagged.flatMap((row) => row.candidates ?? []).some((candidate) => candidate.slug.includes("opening"))).toBe(false);
  });
});
