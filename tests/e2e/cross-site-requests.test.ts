import http from "node:http";
import type { AddressInfo } from "node:net";
import { expect, test } from "./fixtures";
import { ADMIN, ensureAdmin, staffPage } from "./staff";

interface Problem {
  status: number;
  detail: string;
}

const unique = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

/**
 * A form that posts `json` as text/plain the moment it loads: the browser writes `name=value`, so the
 * name carries the JSON up to a padding field whose value closes it. No script is needed, so no
 * Content-Security-Policy of the attacker's own stands in the way.
 */
function autoSubmittingForm(action: string, json: Record<string, unknown>): string {
  const name = `${JSON.stringify(json).slice(0, -1)},"pad":"`;
  const attribute = (text: string) => text.replaceAll("&", "&amp;").replaceAll('"', "&quot;");
  return `<!doctype html><title>Win a prize</title>
<form method="post" enctype="text/plain" action="${attribute(action)}"><input type="hidden" name="${attribute(name)}" value='"}'></form>
<script>document.forms[0].submit()</script>`;
}

/** A site on another origin of the same host (another port): same-site, so the browser sends the session cookie. */
async function startOtherSite(pages: Record<string, string>): Promise<{ origin: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    const page = pages[request.url ?? ""];
    response.writeHead(page ? 200 : 404, { "Content-Type": "text/html; charset=utf-8" }).end(page ?? "");
  });
  await new Promise<void>((resolve) => server.listen(0, "localhost", resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://localhost:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

// The browser logs the refused form post as a failed load; that refusal is what the test wants.
test.use({ expectedConsoleError: /status of 403/ });

test("a page on another origin cannot make a signed-in admin's browser create an account or publish; API clients still can", async ({
  browser,
  baseURL,
}) => {
  ensureAdmin();
  const admin = await staffPage(browser, ADMIN);
  const trusted = { Origin: baseURL! };

  const slug = `cross-site-${unique()}`;
  const draft = await admin.request.post("/api/v1/admin/articles", {
    headers: trusted,
    data: { slug, translations: { en: { title: `Cross-site ${slug}` } } },
  });
  expect(draft.status()).toBe(201);

  const email = `cross-site-${unique()}@example.org`;
  const account = { email, name: "Planted admin", role: "admin", password: "planted-admin-password" };
  const otherSite = await startOtherSite({
    "/account": autoSubmittingForm(`${baseURL}/api/v1/admin/users`, account),
    "/publish": autoSubmittingForm(`${baseURL}/api/v1/admin/articles/${slug}/status`, { expectedVersion: 1, to: "published" }),
  });
  try {
    for (const [page, target] of [
      ["/account", "/api/v1/admin/users"],
      ["/publish", `/api/v1/admin/articles/${slug}/status`],
    ]) {
      const answered = admin.waitForResponse((response) => response.url() === `${baseURL}${target}`);
      await admin.goto(`${otherSite.origin}${page}`);
      const response = await answered;
      expect(response.status(), `${page} is refused`).toBe(403);
      const problem = (await response.json()) as Problem;
      expect(problem.detail).toContain(otherSite.origin);
      expect(problem.detail).toContain("TRUSTED_ORIGINS");
    }
  } finally {
    await otherSite.close();
  }

  // Nothing changed: the article is still at its first version, and the address is still free.
  const article = (await (await admin.request.get(`/api/v1/admin/articles/${slug}`)).json()) as { version: number };
  expect(article.version).toBe(1);

  // The same admin's own API calls, from the app's origin and as JSON, still work.
  const created = await admin.request.post("/api/v1/admin/users", { headers: trusted, data: account });
  expect(created.status(), "the account did not exist yet").toBe(201);
  const published = await admin.request.post(`/api/v1/admin/articles/${slug}/status`, {
    headers: trusted,
    data: { expectedVersion: 1, to: "published" },
  });
  expect(published.status()).toBe(200);
});

test("the admin API takes JSON only as JSON, and names the origin setting when it refuses one", async ({ browser, baseURL }) => {
  ensureAdmin();
  const admin = await staffPage(browser, ADMIN);
  const slug = `json-only-${unique()}`;
  const body = JSON.stringify({ slug, translations: { en: { title: `JSON only ${slug}` } } });

  const plain = await admin.request.post("/api/v1/admin/articles", {
    headers: { Origin: baseURL!, "Content-Type": "text/plain" },
    data: body,
  });
  expect(plain.status()).toBe(415);
  expect(plain.headers()["content-type"]).toContain("application/problem+json");

  // A browser that names no origin but says where the request came from is still another site.
  const unnamed = await admin.request.post("/api/v1/admin/articles", {
    headers: { "Content-Type": "application/json", "Sec-Fetch-Site": "cross-site" },
    data: body,
  });
  expect(unnamed.status()).toBe(403);

  const foreign = await admin.request.post("/api/v1/admin/articles", {
    headers: { Origin: "http://localhost:1", "Content-Type": "application/json" },
    data: body,
  });
  expect(foreign.status()).toBe(403);
  expect(((await foreign.json()) as Problem).detail).toMatch(/http:\/\/localhost:1 .*TRUSTED_ORIGINS/);

  // Too large is refused before it is read as JSON.
  const huge = await admin.request.post("/api/v1/admin/articles", {
    headers: { Origin: baseURL!, "Content-Type": "application/json" },
    data: `{"slug":"${"a".repeat(5 * 1024 * 1024)}"}`,
  });
  expect(huge.status()).toBe(413);

  expect((await admin.request.get(`/api/v1/admin/articles/${slug}`)).status()).toBe(404);
  const json = await admin.request.post("/api/v1/admin/articles", { headers: { "Content-Type": "application/json" }, data: body });
  expect(json.status()).toBe(201);
});

test("a server action posted from another origin is refused with a 403, not a 500", async ({ request, baseURL }) => {
  const post = (origin: string) =>
    request.post("/en/admin/entries/new", {
      headers: { Origin: origin, "Next-Action": "7f0000000000000000000000000000000000000000", "Content-Type": "text/plain;charset=UTF-8" },
      data: "[]",
      maxRedirects: 0,
    });
  const foreign = await post("http://evil.example");
  expect(foreign.status()).toBe(403);
  expect(((await foreign.json()) as Problem).detail).toContain("TRUSTED_ORIGINS");
  // From the app's own origin, an action that does not exist is Next.js's own answer, not a server error.
  expect((await post(baseURL!)).status()).toBeLessThan(500);
});
