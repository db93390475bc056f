import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CURATOR, EDITOR, entryEdit, staffAccount } from "./staff-fixtures";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
process.env.UPLOADS_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "imports-"));
const { seedReferenceData } = await import("@/prisma/seed/seed-reference-data");
const { createEntries } = await import("@/lib/data/entries/create-entries");
const { importBatch, newImportRun } = await import("@/lib/import/import-batch");
const { readImportUpload } = await import("./read-import-upload");
const { startImport } = await import("@/lib/import/start-import");
const { runImportJob } = await import("@/lib/import/run-import-job");
const { storeImportFile } = await import("@/lib/import/import-files");
const { createImportJob } = await import("@/lib/data/imports/create-import-job");
const { getImportJob } = await import("@/lib/data/imports/get-import-job");
const { requestImportCancel } = await import("@/lib/data/imports/request-import-cancel");
const { CSV_HEADER } = await import("@/lib/open-data/csv-record");
const { db } = await import("@/lib/db");

const utf8 = (text: string) => new TextEncoder().encode(text);
const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`;
const COLUMNS = ["external_id", ...CSV_HEADER];
const csv = (rows: Record<string, string>[]) =>
  [COLUMNS.join(","), ...rows.map((cells) => COLUMNS.map((name) => csvCell(cells[name] ?? "")).join(","))].join("\r\n");
const rowsOf = async (text: string, name = "f.csv") => (await readImportUpload(name, utf8(text))).parsed.rows;

beforeAll(async () => {
  await seedReferenceData();
  await db.user.create({ data: staffAccount(CURATOR) });
  // An existing entry near Volgograd, for the duplicate check.
  await createEntries(
    [
      {
        entry: entryEdit("existing-near", {
          latitude: 48.7,
          longitude: 44.5,
          translations: { en: { title: "Soldier and Sailor" }, ru: { title: "Солдат и Матрос" } },
        }),
      },
    ],
    {
      actor: CURATOR,
    },
  );
}, 120_000);

describe("importing rows as entries", () => {
  it("writes good rows as drafts through the one write path, reports bad rows with line and reason, and flags possible duplicates", async () => {
    const text = csv([
      {
        external_id: "",
        slug: "imported-one",
        kind: "memorial",
        title_en: "Imported one",
        latitude: "55.1",
        longitude: "37.2",
        date: "1945-05-09",
        sources: "https://example.org/one",
        tags: "battle-of-stalingrad",
      },
      { title_en: "Bad latitude", latitude: "123", longitude: "37" },
      { title_en: "Soldat i Matros", latitude: "48.71", longitude: "44.51", kind: "memorial" },
      { title_en: "Imported two", kind: "event", date: "1942~" },
    ]);
    await createEntries(
      [
        {
          entry: entryEdit("mass-grave-12", {
            latitude: 50.1,
            longitude: 30.1,
            translations: { en: { title: "Mass grave No. 12" }, ru: { title: "" } },
          }),
        },
      ],
      {
        actor: CURATOR,
      },
    );
    const numbered = await importBatch(
      await rowsOf(
        csv([
          { title_en: "Mass grave No. 13", latitude: "50.1001", longitude: "30.1001" },
          { title_en: "Mass grave no 12", latitude: "50.1002", longitude: "30.1" },
        ]),
      ),
      newImportRun(CURATOR, true),
    );
    expect(numbered).toMatchObject({ created: 1, duplicates: 1 });
    expect(numbered.report[0]).toMatchObject({ line: 3, outcome: "duplicate" });
    const outcome = await importBatch(await rowsOf(text), newImportRun(CURATOR, false));
    expect(outcome).toMatchObject({ created: 2, failed: 1, duplicates: 1, updated: 0, unchanged: 0 });
    const failed = outcome.report.find((row) => row.outcome === "failed")!;
    expect(failed).toMatchObject({ line: 3, column: "latitude", title: "Bad latitude" });
    expect(failed.reason.en).toMatch(/90/);
    expect(failed.reason.ru).not.toBe(failed.reason.en);
    const duplicate = outcome.report.find((row) => row.outcome === "duplicate")!;
    expect(duplicate).toMatchObject({ line: 4, candidates: [{ slug: "existing-near" }] });

    const one = await db.entry.findUniqueOrThrow({
      where: { slug: "imported-one" },
      include: { revisions: true, search: true, tags: { include: { tag: true } }, citations: { include: { source: true } } },
    });
    expect(one.status).toBe("draft");
    expect(one.revisions.map((r) => r.action)).toEqual(["create"]);
    expect(one.search.length).toBe(1);
    expect(one.tags.map((t) => t.tag.slug)).toEqual(["battle-of-stalingrad"]);
    expect(one.citations.map((c) => c.source.url)).toEqual(["https://example.org/one"]);
    const two = await db.entry.findUniqueOrThrow({ where: { slug: "imported-two" } });
    expect(two).toMatchObject({ status: "draft", kind: "event" });
    expect(await db.entry.count({ where: { translations: { some: { title: "Soldat i Matros" } } } })).toBe(0);
  });

  it("is idempotent: the same file again changes nothing and duplicates nothing; a changed row updates its entry", async () => {
    const rows: Record<string, string>[] = [
      {
        external_id: "museum-1",
        title_en: "Museum object one",
        latitude: "60.1",
        longitude: "30.1",
        kind: "memorial",
        wikidata_id: "Q999001",
      },
      { external_id: "museum-2", title_en: "Museum object two", latitude: "61.1", longitude: "31.1", kind: "memorial" },
    ];
    const first = await importBatch(await rowsOf(csv(rows)), newImportRun(CURATOR, false));
    expect(first).toMatchObject({ created: 2, failed: 0, duplicates: 0 });
    const again = await importBatch(await rowsOf(csv(rows)), newImportRun(CURATOR, false));
    expect(again).toMatchObject({ created: 0, unchanged: 2, updated: 0, duplicates: 0 });
    expect(await db.entry.count({ where: { externalId: { in: ["museum-1", "museum-2"] } } })).toBe(2);

    const changed = [{ ...rows[0]!, title_en: "Museum object one, renamed" }, rows[1]!];
    const third = await importBatch(await rowsOf(csv(changed)), newImportRun(CURATOR, false));
    expect(third).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const entry = await db.entry.findUniqueOrThrow({ where: { externalId: "museum-1" }, include: { translations: true, revisions: true } });
    expect(entry.translations.find((t) => t.locale === "en")?.title).toBe("Museum object one, renamed");
    expect(entry.revisions.map((r) => r.action).sort()).toEqual(["create", "update"]);

    // Matched by its Wikidata id when the file has no external id.
    const byWikidata = await importBatch(await rowsOf(csv([{ ...changed[0]!, external_id: "" }])), newImportRun(CURATOR, false));
    expect(byWikidata).toMatchObject({ created: 0, unchanged: 1 });
  });

  it("refuses a row repeating an earlier row's external id, and an editor's change to published work", async () => {
    const repeated = await importBatch(
      await rowsOf(
        csv([
          { external_id: "twice", title_en: "Twice A" },
          { external_id: "twice", title_en: "Twice B" },
        ]),
      ),
      newImportRun(EDITOR, false),
    );
    expect(repeated).toMatchObject({ created: 1, failed: 1 });
    expect(repeated.report[0]).toMatchObject({ line: 3 });

    const published = await importBatch(
      await rowsOf(csv([{ slug: "mamayev-kurgan", title_en: "Renamed by an import", kind: "memorial" }])),
      newImportRun(EDITOR, false),
    );
    expect(published).toMatchObject({ failed: 1, updated: 0 });
    expect(published.report[0]!.reason.en).toMatch(/curator/i);
  });

  it("a dry run reports what would happen and writes nothing", async () => {
    const before = await db.entry.count();
    const outcome = await importBatch(
      await rowsOf(csv([{ title_en: "Dry one" }, { title_en: "Dry two", latitude: "x", longitude: "1" }])),
      newImportRun(CURATOR, true),
    );
    expect(outcome).toMatchObject({ created: 1, failed: 1 });
    expect(await db.entry.count()).toBe(before);
  });

  it("runs a file as a job in batches, recording progress and the report, and stops after a batch when cancelled", async () => {
    const many = Array.from({ length: 1200 }, (_, i) => ({ external_id: `bulk-${i}`, title_en: `Bulk entry ${i}`, kind: "place" }));
    const job = await startImport({ fileName: "bulk.csv", bytes: utf8(csv(many)), dryRun: false, actor: CURATOR });
    expect(job).toMatchObject({ status: "queued", totalRows: 1200 });
    // Asked at once: the runner stops after the batch it is writing (if it began one), never in the middle of one.
    await requestImportCancel(job.id);
    await waitFor(async () => !["queued", "running"].includes((await getImportJob(job.id))!.status));
    const cancelled = (await getImportJob(job.id))!;
    expect(cancelled.status).toBe("cancelled");
    const written = await db.entry.count({ where: { externalId: { startsWith: "bulk-" } } });
    expect(written).toBe(cancelled.counts.created);
    expect(written % 500).toBe(0);
    expect(written).toBeLessThan(1200);
    expect(cancelled.processedRows).toBe(written);

    const full = await startImport({ fileName: "bulk.csv", bytes: utf8(csv(many)), dryRun: false, actor: CURATOR });
    await waitFor(async () => (await getImportJob(full.id))!.status === "done");
    const done = (await getImportJob(full.id))!;
    expect(done).toMatchObject({ processedRows: 1200, counts: { created: 1200 - written, unchanged: written, failed: 0 } });
    expect(await db.entry.count({ where: { externalId: { startsWith: "bulk-" } } })).toBe(1200);
  }, 120_000);
});

describe("a job taken up again after its server stopped", () => {
  it("skips the records it did, still refuses a later row repeating an earlier one's id, and reports unreadable rows where they are", async () => {
    const rows = Array.from({ length: 700 }, (_, i) => `"resume-${i}","Resumed entry ${i}","place"`);
    rows[599] = `"resume-10","Repeats row 10","place"`;
    rows[649] = `"resume-bad","too","many","cells"`;
    const bytes = utf8(["external_id,title_en,kind", ...rows].join("\n"));
    const id = crypto.randomUUID();
    await createImportJob({
      id,
      format: "csv",
      fileName: "resume.csv",
      filePath: await storeImportFile(id, "csv", bytes),
      byteSize: bytes.byteLength,
      dryRun: false,
      totalRows: 700,
      actor: CURATOR,
    });
    // As a stopped server leaves it: the first batch recorded, then no heartbeat.
    await db.importJob.update({ where: { id }, data: { status: "running", processedRows: 500, updatedAt: new Date(0) } });
    await runImportJob(id, new Date());
    const job = (await getImportJob(id))!;
    expect(job).toMatchObject({ status: "done", processedRows: 700, counts: { created: 198, failed: 2 } });
    expect(job.report.map((row) => [row.line, row.reason.en])).toEqual([
      [601, expect.stringMatching(/resume-10/)],
      [651, expect.stringMatching(/cells/)],
    ]);
    expect(await db.entry.count({ where: { externalId: { startsWith: "resume-" } } })).toBe(198);
  }, 120_000);
});

async function waitFor(check: () => Promise<boolean>, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
