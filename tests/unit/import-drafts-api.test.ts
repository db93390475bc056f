import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { cookiesOf, postToAuth } from "./auth-requests";
import { setupTestDatabase } from "./test-database";

// Route handlers read the signed-in person through next/headers, which only a running Next.js
// server provides: here it answers the headers of the request under test (a real session cookie).
let requestHeaders = new Headers();
vi.mock("next/headers", () => ({ headers: async () => requestHeaders, cookies: async () => ({ get: () => undefined }) }));

setupTestDatabase();
process.env.UPLOADS_DIR = fs.mkdtempSync(path.join(os.tmpdir(), "import-drafts-api-"));
const { db } = await import("@/lib/db");
const { env } = await import("@/lib/env");
const { createUser } = await import("@/lib/data/users/create-user");
const { startImport } = await import("@/lib/import/start-import");
const { getImportJob } = await import("@/lib/data/imports/get-import-job");
const { createImportJob } = await import("@/lib/data/imports/create-import-job");
const { staffOpenApiDocument } = await import("@/lib/openapi/staff-openapi-document");
const submitRoute = await import("@/app/api/v1/admin/imports/[id]/submit-drafts/route");
const publishRoute = await import("@/app/api/v1/admin/imports/[id]/publish-drafts/route");

const PASSWORD = "a-long-enough-password";
type Role = "editor" | "curator";
const people = {} as Record<Role, { id: string; email: string; name: string; role: Role; cookie: string }>;

async function signedIn(role: Role) {
  const email = `import-drafts-api-${role}@example.org`;
  const { id } = await createUser({ email, name: `The ${role}`, role, password: PASSWORD }, null);
  const response = await postToAuth("/sign-in/email", { body: { email, password: PASSWORD } });
  expect(response.status).toBe(200);
  return { id, email, name: `The ${role}`, role, cookie: cookiesOf(response) };
}

function post(route: { POST: (request: Request, context: never) => Promise<Response> }, verb: string, id: string, as: Role) {
  requestHeaders = new Headers({ cookie: people[as].cookie, origin: new URL(env.PUBLIC_BASE_URL).origin });
  const request = new Request(`${env.PUBLIC_BASE_URL}/api/v1/admin/imports/${id}/${verb}`, { method: "POST", headers: requestHeaders });
  return route.POST(request, { params: Promise.resolve({ id }) } as never);
}

async function imported(name: string, rows: string[], dryRun = false): Promise<string> {
  const text = ["external_id,kind,title_en", ...rows.map((title, i) => `${name}-${i},place,${title}`)].join("\r\n");
  const job = await startImport({ fileName: `${name}.csv`, bytes: new TextEncoder().encode(text), dryRun, actor: people.curator });
  for (let i = 0; i < 600 && ["queued", "running"].includes((await getImportJob(job.id))!.status); i++)
    await new Promise((resolve) => setTimeout(resolve, 100));
  return job.id;
}

const none = { draft: 0, in_review: 0, published: 0, archived: 0 };

beforeAll(async () => {
  people.editor = await signedIn("editor");
  people.curator = await signedIn("curator");
}, 60_000);

describe("POST /api/v1/admin/imports/<id>/submit-drafts and /publish-drafts", () => {
  it("send an import's drafts for review (an editor may) and publish them (a curator), answering how many moved and the counts now", async () => {
    const id = await imported("api-bulk", ["Api one", "Api two"]);
    const sent = await post(submitRoute, "submit-drafts", id, "editor");
    expect(sent.status).toBe(200);
    expect(await sent.json()).toEqual({ changed: 2, counts: { ...none, in_review: 2 } });

    const refused = await post(publishRoute, "publish-drafts", id, "editor");
    expect(refused.status).toBe(403);
    expect(refused.headers.get("content-type")).toContain("application/problem+json");
    expect(await db.entry.count({ where: { externalId: { startsWith: "api-bulk-" }, status: "in_review" } })).toBe(2);

    const published = await post(publishRoute, "publish-drafts", id, "curator");
    expect(await published.json()).toEqual({ changed: 2, counts: { ...none, published: 2 } });
    const again = await post(publishRoute, "publish-drafts", id, "curator");
    expect(await again.json()).toEqual({ changed: 0, counts: { ...none, published: 2 } });
  }, 120_000);

  it("refuse with a problem body an import that is not done (409), a dry run (422) and one that does not exist (404)", async () => {
    const waiting = await createImportJob({
      id: "api-waiting",
      format: "csv",
      fileName: "waiting.csv",
      filePath: "imports/api-waiting.csv",
      byteSize: 1,
      dryRun: false,
      totalRows: 1,
      actor: people.curator,
    });
    const notDone = await post(submitRoute, "submit-drafts", waiting.id, "curator");
    expect(notDone.status).toBe(409);
    expect((await notDone.json()).detail).toMatch(/not finished/);
    await db.importJob.delete({ where: { id: waiting.id } });

    const dry = await imported("api-dry", ["Dry"], true);
    const dryRun = await post(publishRoute, "publish-drafts", dry, "curator");
    expect(dryRun.status).toBe(422);
    expect((await dryRun.json()).detail).toMatch(/dry run/);

    const missing = await post(submitRoute, "submit-drafts", "no-such-import", "editor");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("content-type")).toContain("application/problem+json");
  }, 120_000);

  it("are in the staff OpenAPI document with their refusals", () => {
    const paths = staffOpenApiDocument().paths ?? {};
    for (const verb of ["submit-drafts", "publish-drafts"]) {
      const responses = paths[`/api/v1/admin/imports/{id}/${verb}`]?.post?.responses ?? {};
      expect(Object.keys(responses), verb).toEqual(expect.arrayContaining(["200", "401", "403", "404", "409", "422"]));
    }
  });
});
