import { execFileSync } from "node:child_process";
import type { Browser, Page } from "@playwright/test";
import { E2E_DATABASE } from "../../playwright.config";
import { expect, test } from "./fixtures";
import { namingOrigin } from "./staff";

const TEACHER = { email: "e2e-teacher@example.org", password: "e2e-teacher-password" };
const CURATOR = { email: "curator@demo.invalid", password: "demo-curator-password" };

test.beforeAll(() => {
  try {
    execFileSync("npx", ["tsx", "scripts/create-user.ts", "--email", TEACHER.email, "--name", "E2E Teacher", "--role", "teacher"], {
      env: { ...process.env, DATABASE_URL: `file:./${E2E_DATABASE}`, NEW_USER_PASSWORD: TEACHER.password },
      stdio: "pipe",
    });
  } catch (error) {
    if (!String((error as { stderr?: Buffer }).stderr).includes("already an account")) throw error;
  }
});

let client = 0;
async function signedIn(browser: Browser, account: { email: string; password: string }): Promise<Page> {
  client += 1;
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": `192.0.2.${(process.pid % 200) + client}` } });
  const page = await context.newPage();
  const response = await page.request.post("/api/auth/sign-in/email", { data: account });
  expect(response.status()).toBe(200);
  return namingOrigin(page);
}

const NEW_ENTRY = {
  slug: "should-not-exist",
  kind: "memorial",
  latitude: 50,
  longitude: 30,
  date: "1970",
  translations: { en: { title: "Should not exist" }, ru: { title: "" } },
};

test("visitors and teachers are refused on the editors' endpoints, and nothing changes", async ({ browser, request }) => {
  expect((await request.post("/api/v1/admin/entries", { data: NEW_ENTRY })).status()).toBe(401);
  expect((await request.put("/api/v1/admin/entries/mamayev-kurgan", { data: { expectedVersion: 1, entry: NEW_ENTRY } })).status()).toBe(
    401,
  );
  expect((await request.post("/api/v1/admin/articles", { data: {} })).status()).toBe(401);

  const teacher = await signedIn(browser, TEACHER);
  const refused = await teacher.request.post("/api/v1/admin/entries", { data: NEW_ENTRY });
  expect(refused.status()).toBe(403);
  expect((await refused.json()) as { title: string }).toMatchObject({ title: "Forbidden" });
  expect((await teacher.request.get("/api/v1/admin/entries/mamayev-kurgan")).status()).toBe(403);
  expect((await request.get("/en/entries/should-not-exist")).status()).toBe(404);
  // The teacher cannot reach the editor either.
  await teacher.goto("/en/admin/entries");
  await expect(teacher.getByRole("main").getByRole("alert")).toHaveText("Your role does not allow this page.");
  await expect(teacher.getByRole("heading", { name: "Entries" })).toHaveCount(0);
});

test("a script in an article never runs on the public page", async ({ browser, page }) => {
  const curator = await signedIn(browser, CURATOR);
  const slug = `article-with-script-${Date.now().toString(36)}`;
  const created = await curator.request.post("/api/v1/admin/articles", {
    data: {
      slug,
      status: "published",
      language: "en",
      translations: {
        en: {
          title: "An article with hostile markup",
          body: `<p>Safe text stays.</p><script>window.__pwned = "script"</script><img src="x" onerror="window.__pwned='onerror'"><a href="javascript:window.__pwned='link'">a link</a>`,
        },
      },
      mentions: [{ entrySlug: "rzhev-memorial" }],
    },
  });
  expect(created.status()).toBe(201);
  await page.goto(`/en/articles/${slug}`);
  await expect(page.getByText("Safe text stays.")).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(await page.locator(".article-body script, .article-body img, .article-body [onerror]").count()).toBe(0);
  await expect(page.locator(".article-body").getByText("a link")).toBeVisible();
  expect(await page.locator('.article-body a[href^="javascript"]').count()).toBe(0);
});
