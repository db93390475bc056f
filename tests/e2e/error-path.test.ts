import type { APIRequestContext, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { CURATOR, EDITOR, staffPage } from "./staff";

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

interface Problem {
  status: number;
  title: string;
  detail: string;
  errors?: { path: string; message: string }[];
}

/** The fields a form on the page would send, as the browser would send them without JavaScript. */
async function formFields(page: Page, form: string): Promise<Record<string, string>> {
  return page
    .locator(form)
    .first()
    .evaluate((element: HTMLFormElement) => {
      const fields: Record<string, string> = {};
      for (const input of Array.from(element.querySelectorAll("input"))) {
        if (input.name && (input.type !== "checkbox" || input.checked)) fields[input.name] = input.value;
      }
      return fields;
    });
}

/** Posts a server action's form straight to its page, as a script or a replayed request would. */
async function postAction(request: APIRequestContext, url: string, fields: Record<string, string>) {
  return request.post(url, { multipart: fields, headers: { Origin: new URL(url).origin }, maxRedirects: 0 });
}

test("the admin API answers every refusal by one rule: body or query named, 404 for the address, 422 for the body", async ({ browser }) => {
  const editor = await staffPage(browser, EDITOR);

  const notJson = await editor.request.post("/api/v1/admin/entries", {
    headers: { "Content-Type": "application/json" },
    data: Buffer.from("{not json"),
  });
  expect(notJson.status()).toBe(400);
  expect(((await notJson.json()) as Problem).detail).toBe("The request body is not valid JSON.");

  const invalid = await editor.request.post("/api/v1/admin/entries", {
    data: { slug: "Bad Slug", kind: "memorial", translations: { en: { title: "x" }, ru: { title: "" } } },
  });
  expect(invalid.status()).toBe(400);
  const invalidProblem = (await invalid.json()) as Problem;
  expect(invalidProblem.detail).toBe("One or more fields of the request body are not valid.");
  expect(invalidProblem.errors?.map((e) => e.path)).toEqual(["slug"]);

  // The public API's query parameters are still called what they are.
  const query = (await (await editor.request.get("/api/v1/viewport?bbox=1,2,3")).json()) as Problem;
  expect(query.detail).toBe("One or more query parameters are not valid.");

  // An entry named inside the body that does not exist: 422 with the path, for entries and articles alike.
  const slug = `error-path-article-${unique()}`;
  const article = { slug, translations: { en: { title: "Error path" } }, mentions: [{ entrySlug: "no-such-entry" }] };
  const unknownMention = await editor.request.post("/api/v1/admin/articles", { data: article });
  expect(unknownMention.status()).toBe(422);
  expect(((await unknownMention.json()) as Problem).errors).toEqual([{ path: "mentions.0.entrySlug", message: "No entry: no-such-entry" }]);
  const created = await editor.request.post("/api/v1/admin/articles", { data: { ...article, mentions: [] } });
  expect(created.status()).toBe(201);
  const { snapshot } = (await (await editor.request.get(`/api/v1/admin/articles/${slug}`)).json()) as { snapshot: object };
  const unknownOnSave = await editor.request.put(`/api/v1/admin/articles/${slug}`, {
    data: { expectedVersion: 1, article: { ...snapshot, translations: { en: { title: "Error path" } }, mentions: article.mentions } },
  });
  expect(unknownOnSave.status()).toBe(422);
  expect(((await unknownOnSave.json()) as Problem).errors?.[0]?.path).toBe("mentions.0.entrySlug");

  // A record named by the address that does not exist: 404, whatever the method.
  expect((await editor.request.put("/api/v1/admin/articles/no-such-article", { data: { expectedVersion: 1, article } })).status()).toBe(
    404,
  );
  expect(
    (
      await editor.request.post("/api/v1/admin/articles/no-such-article/status", { data: { expectedVersion: 1, to: "in_review" } })
    ).status(),
  ).toBe(404);
});

test("a server action refused for the session or the role answers without a 500 and changes nothing", async ({
  browser,
  playwright,
  baseURL,
}) => {
  const curator = await staffPage(browser, CURATOR);
  const slug = `error-path-entry-${unique()}`;
  const created = await curator.request.post("/api/v1/admin/entries", {
    data: { slug, kind: "memorial", translations: { en: { title: `Error path ${slug}` }, ru: { title: "" } } },
  });
  expect(created.status()).toBe(201);
  const page = `${baseURL}/en/admin/entries/${slug}`;
  await curator.goto(page);
  await curator.getByRole("checkbox", { name: /I understand the entry/ }).check();
  const deleteForm = await formFields(curator, "form.danger-zone");

  // Nobody signed in: sent to sign in, not a server error.
  const anonymous = await playwright.request.newContext();
  const signedOut = await postAction(anonymous, page, deleteForm);
  expect(signedOut.status()).toBeLessThan(500);
  await anonymous.dispose();

  // An editor replaying a curator's delete: refused, not a server error.
  const editor = await staffPage(browser, EDITOR);
  const refused = await postAction(editor.request, page, deleteForm);
  expect(refused.status()).toBeLessThan(500);

  expect((await curator.request.get(`/api/v1/admin/entries/${slug}`)).status()).toBe(200);
});

test("an editor whose session ended while typing is told to sign in again, and keeps the text", async ({ browser }) => {
  const editor = await staffPage(browser, EDITOR);
  await editor.goto("/en/admin/entries/new");
  const slug = `error-path-session-${unique()}`;
  await editor.getByRole("textbox", { name: "Address name (slug)" }).fill(slug);
  await editor.getByRole("textbox", { name: "Title (en)" }).fill("Typed before the session ended");
  await editor.context().clearCookies();
  await editor.getByRole("button", { name: "Save" }).click();
  await expect(editor.getByRole("main").getByRole("alert")).toHaveText(
    "You are no longer signed in. Sign in again in another tab, then submit again here.",
  );
  await expect(editor.getByRole("textbox", { name: "Title (en)" })).toHaveValue("Typed before the session ended");

  await editor.goto("/ru/admin/entries/new");
  await expect(editor).toHaveURL(/\/ru\/sign-in$/);
});

test("a curator's delete of an entry someone changed meanwhile deletes nothing and says so", async ({ browser }) => {
  const curator = await staffPage(browser, CURATOR);
  const slug = `error-path-stale-${unique()}`;
  const entry = { slug, kind: "memorial", translations: { en: { title: `Stale ${slug}` }, ru: { title: "" } } };
  expect((await curator.request.post("/api/v1/admin/entries", { data: entry })).status()).toBe(201);
  await curator.goto(`/en/admin/entries/${slug}`);
  const changed = { ...entry, translations: { en: { title: `Changed ${slug}` }, ru: { title: "" } } };
  expect((await curator.request.put(`/api/v1/admin/entries/${slug}`, { data: { expectedVersion: 1, entry: changed } })).status()).toBe(200);

  await curator.getByRole("checkbox", { name: /I understand the entry/ }).check();
  await curator.getByRole("button", { name: "Delete this entry" }).click();
  await expect(curator.getByRole("main").getByRole("alert")).toHaveText(
    "Nothing was deleted: someone changed this entry after you opened it. Check it, then delete again if you still want to.",
  );
  expect((await curator.request.get(`/api/v1/admin/entries/${slug}`)).status()).toBe(200);
});

test("an API address no route serves is a 404 problem document, and a method its route does not take a 405 one with Allow", async ({
  request,
}) => {
  for (const [method, path] of [
    ["GET", "/api/v1/no-such-address"],
    ["POST", "/api/v1/entries/a-slug/extra"],
    ["DELETE", "/api/v1/admin/nothing-here"],
  ] as const) {
    const response = await request.fetch(path, { method, maxRedirects: 0 });
    expect(response.status(), `${method} ${path}`).toBe(404);
    expect(response.headers()["content-type"]).toBe("application/problem+json");
    expect(((await response.json()) as Problem).title).toBe("Not found");
  }
  for (const [method, path, allow] of [
    ["DELETE", "/api/v1/viewport", "GET, HEAD, OPTIONS"],
    ["GET", "/api/v1/admin/entries", "OPTIONS, POST"],
    // GET: sent without a body, so the proxy sees it (one with a body, even an empty one, gets Next.js's empty 405).
    ["GET", "/api/v1/admin/users/someone/sessions", "DELETE, OPTIONS"],
  ] as const) {
    const response = await request.fetch(path, { method, maxRedirects: 0 });
    expect(response.status(), `${method} ${path}`).toBe(405);
    expect(response.headers().allow).toBe(allow);
    expect(response.headers()["content-type"]).toBe("application/problem+json");
    expect(((await response.json()) as Problem).title).toBe("Method Not Allowed");
  }
});
