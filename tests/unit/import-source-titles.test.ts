import { beforeAll, describe, expect, it } from "vitest";
import { readSourceLine } from "@/lib/import/source-line";
import { CURATOR, staffAccount } from "./staff-fixtures";
import { setupTestDatabase } from "./test-database";

setupTestDatabase();
const { importBatch, newImportRun } = await import("@/lib/import/import-batch");
const { readImportUpload } = await import("./read-import-upload");
const { CSV_HEADER } = await import("@/lib/open-data/csv-record");
const { listSourcesForStaff } = await import("@/lib/data/sources/list-sources-for-staff");
const { db } = await import("@/lib/db");

const COLUMNS = ["external_id", ...CSV_HEADER];
const csvCell = (text: string) => `"${text.replace(/"/g, '""')}"`;
const csv = (rows: Record<string, string>[]) =>
  [COLUMNS.join(","), ...rows.map((cells) => COLUMNS.map((name) => csvCell(cells[name] ?? "")).join(","))].join("\r\n");
const rowsOf = async (text: string) => (await readImportUpload("register.csv", new TextEncoder().encode(text))).parsed.rows;
const titleOf = async (url: string) => (await db.source.findMany({ where: { url }, select: { title: true } })).map((s) => s.title);

beforeAll(async () => {
  await db.user.create({ data: staffAccount(CURATOR) });
});

describe("a line of the sources column", () => {
  it("reads the title a row gives its address, however it is written", () => {
    expect(readSourceLine("https://museum.example.org/12")).toEqual({ url: "https://museum.example.org/12", title: null });
    expect(readSourceLine(" Museum register, no. 12 | https://museum.example.org/12 ")).toEqual({
      url: "https://museum.example.org/12",
      title: "Museum register, no. 12",
    });
    expect(readSourceLine("Реестр музея — https://museum.example.org/12")).toEqual({
      url: "https://museum.example.org/12",
      title: "Реестр музея",
    });
    expect(readSourceLine("Museum register <https://museum.example.org/12>")).toEqual({
      url: "https://museum.example.org/12",
      title: "Museum register",
    });
    expect(readSourceLine("[Museum register (2024)](https://museum.example.org/12)")).toEqual({
      url: "https://museum.example.org/12",
      title: "Museum register (2024)",
    });
    expect(readSourceLine("Museum register: https://museum.example.org/a-b?x=1")).toEqual({
      url: "https://museum.example.org/a-b?x=1",
      title: "Museum register",
    });
    // No address: kept whole, for the schema to refuse with the row's line.
    expect(readSourceLine("Museum register")).toEqual({ url: "Museum register", title: null });
  });
});

// An import batch writes entries, revisions and search documents: seconds on a busy machine.
describe("an imported source's title", { timeout: 30_000 }, () => {
  it("is the one the row gives; a bare address stays the title, and the staff list's filter finds it", async () => {
    const outcome = await importBatch(
      await rowsOf(
        csv([
          {
            external_id: "reg-1",
            title_en: "Register item one",
            sources: "State Museum register, item 1 | https://museum.example.org/items/1",
          },
          { external_id: "reg-2", title_en: "Register item two", sources: "https://museum.example.org/items/2" },
          { external_id: "reg-3", title_en: "Register item three", sources: "Not an address at all" },
        ]),
      ),
      newImportRun(CURATOR, false),
    );
    expect(outcome).toMatchObject({ created: 2, failed: 1 });
    expect(outcome.report.find((row) => row.outcome === "failed")).toMatchObject({ line: 4, column: "sources" });
    expect(await titleOf("https://museum.example.org/items/1")).toEqual(["State Museum register, item 1"]);
    expect(await titleOf("https://museum.example.org/items/2")).toEqual(["https://museum.example.org/items/2"]);
    const bare = await listSourcesForStaff({ page: { page: 1, size: 50 }, addressOnly: true });
    expect(bare.items.map((s) => s.url)).toEqual(["https://museum.example.org/items/2"]);
  });

  it("does not make a second source for an address already recorded, whatever title the row gives it", async () => {
    const outcome = await importBatch(
      await rowsOf(
        csv([{ external_id: "reg-4", title_en: "Register item four", sources: "Another title | https://museum.example.org/items/1" }]),
      ),
      newImportRun(CURATOR, false),
    );
    expect(outcome).toMatchObject({ created: 1 });
    expect(await titleOf("https://museum.example.org/items/1")).toEqual(["State Museum register, item 1"]);
  });

  it("makes one source for an address that several rows of a file cite", async () => {
    const rows = [5, 6, 7].map((n) => ({
      external_id: `reg-${n}`,
      title_en: `Register item ${n}`,
      sources: "Museum register, all items | https://museum.example.org/items",
    }));
    expect(await importBatch(await rowsOf(csv(rows)), newImportRun(CURATOR, false))).toMatchObject({ created: 3 });
    expect(await titleOf("https://museum.example.org/items")).toEqual(["Museum register, all items"]);
  });
});
