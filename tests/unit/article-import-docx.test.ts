import zlib from "node:zlib";
import JSZip from "jszip";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { buildDocx } from "../e2e/docx";
import { cookiesOf, postToAuth } from "./auth-requests";
import { setupTestDatabase } from "./test-database";

// Route handlers read the signed-in person through next/headers: here it answers the request's headers.
let requestHeaders = new Headers();
vi.mock("next/headers", () => ({ headers: async () => requestHeaders, cookies: async () => ({ get: () => undefined }) }));

setupTestDatabase();
const { createUser } = await import("@/lib/data/users/create-user");
const { docxToHtml } = await import("@/lib/article-import/docx-page");
const { analyzeArticle } = await import("@/lib/article-import/analyze");
const { POST } = await import("@/app/api/v1/admin/article-imports/docx/route");
const { env } = await import("@/lib/env");

const ADDRESS = `${env.PUBLIC_BASE_URL}/api/v1/admin/article-imports/docx`;
let editor = "";

const PAGE = [
  { text: "Veterans meet in Almaty", heading: true },
  { text: "On June 6, 2024, veterans and students met in Almaty to remember the war." },
  { text: "A wreath for the fallen", heading: true },
  { text: "On January 30, 2020 a wreath was laid in Rzhev." },
];

async function refusal(run: () => Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await run();
  } catch (error) {
    return error as { code: string; message: string };
  }
  throw new Error("not refused");
}

/** A zip whose one entry says it inflates to `statedSize` bytes but holds `realSize` zero bytes. */
function lyingZip(realSize: number, statedSize: number): Buffer {
  const name = Buffer.from("word/document.xml");
  const data = zlib.deflateRawSync(Buffer.alloc(realSize));
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(statedSize, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(statedSize, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(0, 42);
  const directoryOffset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

function upload(bytes: Uint8Array, fileName = "article.docx") {
  const form = new FormData();
  form.set("file", new File([new Uint8Array(bytes)], fileName));
  const request = new Request(ADDRESS, { method: "POST", body: form, headers: { cookie: editor, origin: new URL(ADDRESS).origin } });
  requestHeaders = new Headers(request.headers);
  return POST(request, undefined);
}

beforeAll(async () => {
  const email = "docx-editor@example.org";
  await createUser({ email, name: "Editor", role: "editor", password: "a-long-enough-password" }, null);
  editor = cookiesOf(await postToAuth("/sign-in/email", { body: { email, password: "a-long-enough-password" } }));
}, 60_000);

describe("a .docx article upload", { timeout: 60_000 }, () => {
  it("becomes HTML with its headings and paragraphs, which the analysis splits into dated items", async () => {
    const html = await docxToHtml(await buildDocx(PAGE));
    expect(html).toContain("<h1>Veterans meet in Almaty</h1>");
    expect(html).toContain("<p>On June 6, 2024, veterans and students met in Almaty to remember the war.</p>");
    const analysis = await analyzeArticle({ html });
    expect(analysis.items.map((item) => [item.title, item.date?.edtf])).toEqual([
      ["Veterans meet in Almaty", "2024-06-06"],
      ["A wreath for the fallen", "2020-01-30"],
    ]);
  });

  it("answers the HTML through the API and writes nothing", async () => {
    const response = await upload(await buildDocx(PAGE));
    expect(response.status).toBe(200);
    expect(((await response.json()) as { html: string }).html).toContain("<h1>A wreath for the fallen</h1>");
  });

  it("refuses a renamed binary, a zip that is no document, and an empty file, with a problem body", async () => {
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
    const renamed = await upload(png, "photo.docx");
    expect(renamed.status).toBe(415);
    expect(renamed.headers.get("content-type")).toMatch(/application\/problem\+json/);
    expect(await renamed.json()).toMatchObject({ detail: expect.stringMatching(/not a Word document/) });

    const zip = new JSZip();
    zip.file("notes.txt", "not a document");
    const notDocument = await upload(await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
    expect(notDocument.status).toBe(415);

    expect((await upload(new Uint8Array(0))).status).toBe(400);
  });

  it("refuses a zip bomb before mammoth opens it: too much stated, or more inflated than stated", async () => {
    const bomb = new JSZip();
    bomb.file("word/document.xml", Buffer.alloc(60 * 1024 * 1024));
    const honest = await bomb.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    expect(honest.byteLength).toBeLessThan(1024 * 1024);
    expect(await refusal(() => docxToHtml(honest))).toMatchObject({ code: "TOO_LARGE" });

    const lying = lyingZip(200 * 1024 * 1024, 1000);
    const before = process.memoryUsage().rss;
    expect(await refusal(() => docxToHtml(lying))).toMatchObject({ code: "TOO_LARGE", message: /more than it says/ });
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
    expect((await upload(lying)).status).toBe(413);
  });
});
