import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { MUSEUM_REGISTER_FILE, MUSEUM_REGISTER_MAPPING } from "../fixtures/museum-register";
import { cookiesOf, postToAuth } from "./auth-requests";
import { setupTestDatabase } from "./test-database";

// Route handlers read the signed-in person through next/headers, which only a running Next.js
// server provides: here it answers the headers of the request under test (a real session cookie).
let requestHeaders = new Headers();
vi.mock("next/headers", () => ({ headers: async () => requestHeaders, cookies: async () => ({ get: () => undefined }) }));

setupTestDatabase();
process.env.UPLOADS_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "import-csv-mapping-api-"));
const { db } = await import("@/lib/db");
const { env } = await import("@/lib/env");
const { createUser } = await import("@/lib/data/users/create-user");
const { getImportJob } = await import("@/lib/data/imports/get-import-job");
const importsRoute = await import("@/app/api/v1/admin/imports/route");
const { staffOpenApiDocument } = await import("@/lib/openapi/staff-openapi-document");

/** The guessed mapping with one column changed, as a curator would send it. */
const REGISTER_MAPPING = { ...MUSEUM_REGISTER_MAPPING, Примечание: "location_note_ru" };

let cookie = "";

beforeAll(async () => {
  const email = "import-csv-mapping@example.org";
  await createUser({ email, name: "The curator", role: "curator", password: "a-long-enough-password" }, null);
  const response = await postToAuth("/sign-in/email", { body: { email, password: "a-long-enough-password" } });
  expect(response.status).toBe(200);
  cookie = cookiesOf(response);
}, 60_000);

function upload(fields: Record<string, string>, file: { name: string; bytes: Uint8Array<ArrayBuffer> }) {
  requestHeaders = new Headers({ cookie, origin: new URL(env.PUBLIC_BASE_URL).origin });
  const form = new FormData();
  form.set("file", new File([file.bytes], file.name, { type: "text/csv" }));
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  const request = new Request(`${env.PUBLIC_BASE_URL}/api/v1/admin/imports`, { method: "POST", headers: requestHeaders, body: form });
  return importsRoute.POST(request, { params: Promise.resolve({}) } as never);
}

async function finished(id: string) {
  for (let i = 0; i < 600 && ["queued", "running"].includes((await getImportJob(id))!.status); i++)
    await new Promise((resolve) => setTimeout(resolve, 100));
  return (await getImportJob(id))!;
}

const register = () => ({ name: "register.csv", bytes: new Uint8Array(fs.readFileSync(MUSEUM_REGISTER_FILE)) as Uint8Array<ArrayBuffer> });

describe("POST /api/v1/admin/imports with a museum's own spreadsheet", () => {
  it("imports the Windows-1251 register through its mapping: good rows as drafts, the bad one by its line; the job keeps how it read the file", async () => {
    const response = await upload({ encoding: "windows-1251", mapping: JSON.stringify(REGISTER_MAPPING) }, register());
    expect(response.status).toBe(202);
    const accepted = await response.json();
    expect(accepted.reading).toEqual({ encoding: "windows-1251", delimiter: "semicolon", mapping: REGISTER_MAPPING });
    const job = await finished(accepted.id);
    expect(job).toMatchObject({ status: "done", totalRows: 4, counts: { created: 3, failed: 1 } });
    expect(job.report).toEqual([
      expect.objectContaining({ line: 4, outcome: "failed", column: "longitude", title: "Обелиск на развилке" }),
    ]);
    const stored = await db.importJob.findUniqueOrThrow({ where: { id: job.id }, select: { readingOptions: true } });
    expect(JSON.parse(stored.readingOptions!)).toEqual(accepted.reading);

    const entry = await db.entry.findUniqueOrThrow({ where: { externalId: "КП-1041" }, include: { translations: true } });
    expect(entry).toMatchObject({ status: "draft", latitude: 54.1931, longitude: 37.6173 });
    expect(entry.translations).toEqual([
      expect.objectContaining({
        locale: "ru",
        title: "Памятник героям-зенитчикам",
        description: "Гранитная стела с зенитным орудием.",
        locationNote: "Установлен у проходной завода",
      }),
    ]);

    // The same file with the same mapping again: nothing new, nothing changed.
    const again = await finished(
      (await (await upload({ encoding: "windows-1251", mapping: JSON.stringify(REGISTER_MAPPING) }, register())).json()).id,
    );
    expect(again.counts).toMatchObject({ created: 0, unchanged: 3, failed: 1 });
    expect(await db.entry.count({ where: { externalId: { startsWith: "КП-" } } })).toBe(3);
  }, 120_000);

  it("refuses a bad mapping with a 400 problem naming each field, and writes nothing", async () => {
    const before = await db.importJob.count();
    const twice = await upload(
      { encoding: "windows-1251", mapping: JSON.stringify({ Название: "title_ru", Описание: "title_ru" }) },
      register(),
    );
    expect(twice.status).toBe(400);
    expect(twice.headers.get("content-type")).toContain("application/problem+json");
    expect((await twice.json()).errors).toEqual([{ path: "mapping.Описание", message: "title_ru is chosen for another column already" }]);

    const noTitle = await upload({ mapping: JSON.stringify({ Широта: "latitude" }) }, register());
    expect(noTitle.status).toBe(400);
    expect((await noTitle.json()).errors).toEqual([{ path: "mapping", message: "Choose a column for the title (title_en or title_ru)" }]);

    const notJson = await upload({ mapping: "Название=title_ru" }, register());
    expect((await notJson.json()).errors).toEqual([expect.objectContaining({ path: "mapping" })]);

    const badEncoding = await upload({ encoding: "koi8-r" }, register());
    expect(badEncoding.status).toBe(400);
    expect((await badEncoding.json()).errors).toEqual([expect.objectContaining({ path: "encoding" })]);

    const noSuchColumn = await upload({ encoding: "windows-1251", mapping: JSON.stringify({ Наименование: "title_ru" }) }, register());
    expect(noSuchColumn.status).toBe(422);
    expect(await noSuchColumn.json()).toMatchObject({ reason: "mappingNoSuchColumn", errors: [{ path: "mapping.Наименование" }] });
    expect(await db.importJob.count()).toBe(before);
  }, 60_000);

  it("refuses the register sent as UTF-8 whole, saying to choose Windows-1251 (with the key a form words in its reader's language)", async () => {
    const before = await db.importJob.count();
    const refused = await upload({ mapping: JSON.stringify(REGISTER_MAPPING) }, register());
    expect(refused.status).toBe(415);
    expect(await refused.json()).toMatchObject({ detail: expect.stringMatching(/Windows-1251/), reason: "importLooksWindows1251" });
    expect(await db.importJob.count()).toBe(before);
  }, 60_000);

  it("is in the staff OpenAPI document with its reading fields and refusals", () => {
    const operation = staffOpenApiDocument().paths?.["/api/v1/admin/imports"]?.post;
    expect(Object.keys(operation?.responses ?? {})).toEqual(expect.arrayContaining(["202", "400", "401", "403", "413", "415", "422"]));
    const body = operation?.requestBody as { content: Record<string, { schema: { $ref: string } }> };
    expect(body.content["multipart/form-data"]?.schema.$ref).toBe("#/components/schemas/ImportUpload");
    const upload = staffOpenApiDocument().components?.schemas?.ImportUpload as { properties: Record<string, unknown> };
    expect(Object.keys(upload.properties)).toEqual(["file", "dryRun", "encoding", "delimiter", "mapping"]);
  });
});
