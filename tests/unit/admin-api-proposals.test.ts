import { beforeAll, describe, expect, it, vi } from "vitest";
import { articleEditSchema } from "@/lib/validation/article-edit";
import { entryEditSchema } from "@/lib/validation/entry-edit";
import { cookiesOf, postToAuth } from "./auth-requests";
import { entryEdit } from "./staff-fixtures";
import { setupTestDatabase } from "./test-database";

// Route handlers read the signed-in person through next/headers, which only a running Next.js
// server provides: here it answers the headers of the request under test (a real session cookie).
let requestHeaders = new Headers();
vi.mock("next/headers", () => ({ headers: async () => requestHeaders, cookies: async () => ({ get: () => undefined }) }));

setupTestDatabase();
const { db } = await import("@/lib/db");
const { env } = await import("@/lib/env");
const { createUser } = await import("@/lib/data/users/create-user");
const { createEntryDraft } = await import("@/lib/data/entries/create-entry-draft");
const { createArticleDraft } = await import("@/lib/data/articles/create-article-draft");
const { ENTRY } = await import("@/lib/data/entries/entry-record");
const { ARTICLE } = await import("@/lib/data/articles/article-record");
const { changeRecordStatus } = await import("@/lib/data/publishing/change-record-status");
const { getRecordForEditing } = await import("@/lib/data/publishing/get-record-for-editing");
const { proposalAcceptedSchema } = await import("@/lib/http/proposal-accepted");
const staffDocument = await import("@/app/api/v1/admin/openapi.json/route");
const entryRoute = await import("@/app/api/v1/admin/entries/[slug]/route");
const articleRoute = await import("@/app/api/v1/admin/articles/[slug]/route");
const tourRoute = await import("@/app/api/v1/admin/tours/[slug]/route");
const { createTour } = await import("@/lib/data/tours/create-tour");
const { TOUR } = await import("@/lib/data/tours/tour-record");

const PASSWORD = "a-long-enough-password";
type Role = "editor" | "curator" | "teacher";
const people: Record<Role, { id: string; email: string; name: string; role: Role; cookie: string }> = {} as never;

async function signedIn(role: Role) {
  const email = `admin-api-proposals-${role}@example.org`;
  const { id } = await createUser({ email, name: `The ${role}`, role, password: PASSWORD }, null);
  const response = await postToAuth("/sign-in/email", { body: { email, password: PASSWORD } });
  expect(response.status).toBe(200);
  return { id, email, name: `The ${role}`, role, cookie: cookiesOf(response) };
}

function put(route: { PUT: (request: Request, context: never) => Promise<Response> }, path: string, slug: string, body: unknown, as: Role) {
  requestHeaders = new Headers({
    "content-type": "application/json",
    cookie: people[as].cookie,
    origin: new URL(env.PUBLIC_BASE_URL).origin,
  });
  const request = new Request(`${env.PUBLIC_BASE_URL}/api/v1/admin/${path}/${slug}`, {
    method: "PUT",
    headers: requestHeaders,
    body: JSON.stringify(body),
  });
  return route.PUT(request, { params: Promise.resolve({ slug }) } as never);
}

function withSummary(slug: string, summary: string) {
  const edit = entryEdit(slug);
  return { ...edit, translations: { ...edit.translations, en: { ...edit.translations.en!, summary } } };
}

/** Saves the entry at `slug` with a new English summary, through the API as `as`. */
function putEntry(slug: string, expectedVersion: number, summary: string, as: "editor" | "curator") {
  return put(entryRoute, "entries", slug, { expectedVersion, entry: withSummary(slug, summary) }, as);
}

/** A published entry at version 2: created by the curator, then published. */
async function publishedEntry(slug: string): Promise<string> {
  const created = await createEntryDraft(entryEditSchema.parse(entryEdit(slug)), people.curator);
  await changeRecordStatus(ENTRY, { id: created.id, expectedVersion: 1, to: "published", actor: people.curator });
  return created.id;
}

function articleEdit(slug: string, title: string) {
  return {
    slug,
    publisher: "Tver Gazette",
    originalUrl: "https://example.org/news",
    publishedDate: "2020-06",
    language: "en",
    translations: { en: { title, excerpt: "", body: "<p>The text.</p>" }, ru: { title: "", excerpt: "", body: "" } },
    mentions: [],
  };
}

beforeAll(async () => {
  people.editor = await signedIn("editor");
  people.curator = await signedIn("curator");
  people.teacher = await signedIn("teacher");
}, 60_000);

describe("PUT /api/v1/admin/entries/<slug> on a published entry", { timeout: 60_000 }, () => {
  it("keeps an editor's change as their proposal for review: 202, where it is, and the published entry unchanged", async () => {
    const id = await publishedEntry("api-proposal-entry");
    const response = await putEntry("api-proposal-entry", 2, "The editor's better summary", "editor");
    expect(response.status).toBe(202);
    const body = await response.json();
    expect(body).toMatchObject({
      outcome: "proposed",
      version: 2,
      proposal: { status: "pending", baseVersion: 2, editor: "/admin/entries/api-proposal-entry", review: "/admin/review" },
    });
    expect(body.detail).toMatch(/review/);
    // The answer is the one the staff API's OpenAPI document describes.
    expect(proposalAcceptedSchema.parse(body)).toEqual(body);
    expect(Date.parse(body.proposal.proposedAt)).not.toBeNaN();

    const live = (await getRecordForEditing(ENTRY, "api-proposal-entry"))!;
    expect(live.version).toBe(2);
    expect(live.snapshot.translations.en?.summary).toBe("A summary");
    const proposal = await db.pendingRevision.findFirstOrThrow({ where: { entryId: id, authorId: people.editor.id } });
    expect(JSON.parse(proposal.snapshot)).toMatchObject({ translations: { en: { summary: "The editor's better summary" } } });

    // Saving again replaces the editor's proposal rather than adding a second one.
    const again = await putEntry("api-proposal-entry", 2, "Even better", "editor");
    expect(again.status).toBe(202);
    expect(await db.pendingRevision.count({ where: { entryId: id } })).toBe(1);
  });

  it("still refuses a change made against a version that is no longer current (409 with the entry as it is)", async () => {
    const id = await publishedEntry("api-proposal-stale");
    const response = await putEntry("api-proposal-stale", 1, "Stale", "editor");
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ currentVersion: 2 });
    expect(await db.pendingRevision.count({ where: { entryId: id } })).toBe(0);
  });

  it("puts a curator's change live at once (200 with the new version), and an editor's change to a draft too", async () => {
    await publishedEntry("api-proposal-curator");
    const response = await putEntry("api-proposal-curator", 2, "The curator's summary", "curator");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ version: 3 });
    expect((await getRecordForEditing(ENTRY, "api-proposal-curator"))!.snapshot.translations.en?.summary).toBe("The curator's summary");

    await createEntryDraft(entryEditSchema.parse(entryEdit("api-proposal-draft")), people.editor);
    const draft = await putEntry("api-proposal-draft", 1, "Draft text", "editor");
    expect(draft.status).toBe(200);
    expect(await draft.json()).toEqual({ version: 2 });
  });
});

describe("PUT /api/v1/admin/articles/<slug> on a published article", { timeout: 60_000 }, () => {
  it("keeps an editor's change as their proposal for review (202), the published article unchanged", async () => {
    const created = await createArticleDraft(articleEditSchema.parse(articleEdit("api-proposal-article", "The title")), people.curator);
    await changeRecordStatus(ARTICLE, { id: created.id, expectedVersion: 1, to: "published", actor: people.curator });
    const response = await put(
      articleRoute,
      "articles",
      "api-proposal-article",
      {
        expectedVersion: 2,
        article: articleEdit("api-proposal-article", "A better title"),
      },
      "editor",
    );
    expect(response.status).toBe(202);
    expect(await response.json()).toMatchObject({
      outcome: "proposed",
      version: 2,
      proposal: { status: "pending", baseVersion: 2, editor: "/admin/articles/api-proposal-article" },
    });
    const live = (await getRecordForEditing(ARTICLE, "api-proposal-article"))!;
    expect(live.version).toBe(2);
    expect(live.snapshot.translations.en?.title).toBe("The title");
    expect(await db.pendingRevision.count({ where: { articleId: created.id, authorId: people.editor.id } })).toBe(1);
  });
});

describe("PUT /api/v1/admin/tours/<slug> on a published tour", { timeout: 60_000 }, () => {
  const tourEdit = (title: string) => ({
    slug: "api-proposal-tour",
    translations: { en: { title, introduction: "For year 9" }, ru: { title: "", introduction: "" } },
    steps: [{ kind: "slide", texts: { en: { title: "Think", narrative: "A pause" } } }],
  });

  it("keeps its teacher's change as their proposal for review (202), the published tour unchanged", async () => {
    const { id } = await createTour(tourEdit("The tour") as never, { actor: people.teacher });
    const { version } = await db.tour.findUniqueOrThrow({ where: { id }, select: { version: true } });
    await changeRecordStatus(TOUR, { id, expectedVersion: version, to: "published", actor: people.curator });
    const response = await put(
      tourRoute,
      "tours",
      "api-proposal-tour",
      { expectedVersion: version + 1, tour: tourEdit("A better tour") },
      "teacher",
    );
    expect(response.status).toBe(202);
    expect(await response.json()).toMatchObject({
      outcome: "proposed",
      proposal: { status: "pending", editor: "/admin/tours/api-proposal-tour" },
    });
    const live = (await getRecordForEditing(TOUR, "api-proposal-tour"))!;
    expect(live.version).toBe(version + 1);
    expect(live.snapshot.translations.en?.title).toBe("The tour");
    expect(await db.pendingRevision.count({ where: { tourId: id, authorId: people.teacher.id } })).toBe(1);
  });
});

describe("GET /api/v1/admin/openapi.json", () => {
  it("describes the staff API to those who may edit, and to nobody signed out", async () => {
    requestHeaders = new Headers({ cookie: people.editor.cookie });
    const address = `${env.PUBLIC_BASE_URL}/api/v1/admin/openapi.json`;
    const document = await staffDocument.GET(new Request(address, { headers: requestHeaders }), undefined);
    expect(document.status).toBe(200);
    expect(await document.json()).toMatchObject({ paths: { "/api/v1/admin/entries/{slug}": { put: { responses: { 202: {} } } } } });
    requestHeaders = new Headers();
    expect((await staffDocument.GET(new Request(address), undefined)).status).toBe(401);
  });
});
