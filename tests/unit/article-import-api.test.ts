import { beforeAll, describe, expect, it, vi } from "vitest";
import { cookiesOf, postToAuth } from "./auth-requests";
import { setupTestDatabase } from "./test-database";

// Route handlers read the signed-in person through next/headers, which only a running Next.js
// server provides: here it answers the headers of the request under test (a real session cookie).
let requestHeaders = new Headers();
vi.mock("next/headers", () => ({ headers: async () => requestHeaders, cookies: async () => ({ get: () => undefined }) }));

setupTestDatabase();
const { db } = await import("@/lib/db");
const { createUser } = await import("@/lib/data/users/create-user");
const { createEntry } = await import("@/lib/data/entries/create-entry");
const { POST } = await import("@/app/api/v1/admin/article-imports/analyze/route");
const { articleAnalysisSchema } = await import("@/lib/article-import/analysis-schema");
const { env } = await import("@/lib/env");

const PASSWORD = "a-long-enough-password";
const ADDRESS = `${env.PUBLIC_BASE_URL}/api/v1/admin/article-imports/analyze`;
const cookies: Record<string, string> = {};

async function signedIn(role: "editor" | "teacher"): Promise<string> {
  const email = `article-import-${role}@example.org`;
  await createUser({ email, name: role, role, password: PASSWORD }, null);
  const response = await postToAuth("/sign-in/email", { body: { email, password: PASSWORD } });
  expect(response.status).toBe(200);
  return cookiesOf(response);
}

function analyze(
  body: string,
  {
    cookie = cookies.editor,
    type = "application/json",
    origin = new URL(ADDRESS).origin,
  }: { cookie?: string; type?: string; origin?: string } = {},
) {
  requestHeaders = new Headers({ "content-type": type, ...(cookie ? { cookie } : {}), ...(origin ? { origin } : {}) });
  return POST(new Request(ADDRESS, { method: "POST", headers: requestHeaders, body }), undefined);
}

async function tableCounts() {
  return {
    entries: await db.entry.count(),
    relations: await db.entryRelation.count(),
    articles: await db.article.count(),
    mentions: await db.articleMention.count(),
    revisions: await db.revision.count(),
    audit: await db.auditEvent.count(),
    search: await db.searchDocument.count(),
  };
}

beforeAll(async () => {
  cookies.editor = await signedIn("editor");
  cookies.teacher = await signedIn("teacher");
  await createEntry({
    slug: "khatyn-memorial",
    kind: "memorial",
    status: "published",
    latitude: 54.33611,
    longitude: 27.94083,
    translations: {
      en: { title: "Khatyn memorial complex", aliases: ["Khatyn"] },
      ru: { title: "Мемориальный комплекс «Хатынь»", aliases: ["Хатынь"] },
    },
  });
}, 60_000);

describe("POST /api/v1/admin/article-imports/analyze", { timeout: 60_000 }, () => {
  it("answers the analysis of a page and writes nothing", async () => {
    const before = await tableCounts();
    const response = await analyze(
      JSON.stringify({ text: "Wreaths at Khatyn\n\nOn 22 March 2023, wreaths were laid at the Khatyn memorial complex." }),
    );
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    const analysis = articleAnalysisSchema.parse(await response.json());
    expect(analysis.items).toHaveLength(1);
    expect(analysis.items[0]).toMatchObject({
      title: "Wreaths at Khatyn",
      date: { edtf: "2023-03-22", precision: "day" },
      place: { entrySlug: "khatyn-memorial" },
    });
    expect(await tableCounts()).toEqual(before);
  });

  it("takes HTML, with its address and language", async () => {
    const response = await analyze(
      JSON.stringify({
        html: "<h1>Хатынь</h1><p>22 марта 2023 года в Хатыни возложили венки.</p>",
        url: "https://news.example.org/a",
        language: "ru",
      }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ language: "ru", page: { url: "https://news.example.org/a" } });
  });

  it.each([
    ["no page at all", {}],
    ["both text and html", { text: "a", html: "<p>a</p>" }],
    ["an empty text", { text: "" }],
    ["a text that is not a string", { text: 5 }],
    ["an unknown field", { text: "a", write: true }],
    ["an address that is not a web address", { text: "a", url: "javascript:alert(1)" }],
    ["a language it does not read", { text: "a", language: "kk" }],
    // The analysis's time grows faster than a page's length on some pages (runs of dates, nested lists):
    // the limits keep one request from holding the server for seconds.
    ["a text page too long", { text: "x".repeat(100_001) }],
    ["an HTML page too long", { html: `<p>${"x".repeat(200_001)}</p>` }],
  ])("refuses %s with a 400 problem naming the field", async (_name, body) => {
    const response = await analyze(JSON.stringify(body));
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
    const problem = await response.json();
    expect(problem.errors.length).toBeGreaterThan(0);
  });

  it("refuses what is not JSON", async () => {
    expect((await analyze("{not json")).status).toBe(400);
    expect((await analyze("text=a", { type: "application/x-www-form-urlencoded" })).status).toBe(415);
  });

  it("refuses a visitor, a role without entries.edit and another site's page", async () => {
    const body = JSON.stringify({ text: "On 22 March 2023, wreaths were laid." });
    expect((await analyze(body, { cookie: "" })).status).toBe(401);
    expect((await analyze(body, { cookie: cookies.teacher })).status).toBe(403);
    expect((await analyze(body, { origin: "http://evil.example" })).status).toBe(403);
  });
});
