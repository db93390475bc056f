import { NON_PAGE_CONTENT_SECURITY_POLICY } from "../../lib/security/content-security-policy";
import { expect, test } from "./fixtures";

const PAGES = [
  "/en",
  "/ru",
  "/en/entries/rzhev-memorial",
  "/ru/articles/rzhev-memorial-central-figure-installation-begins",
  "/en/search?q=Rzhev",
  "/en/compare?entries=rzhev-memorial",
  "/en/sign-in",
  "/en/no-such-page",
];
const NON_PAGES = [
  "/api/v1/viewport?limit=1",
  "/api/v1/entries/rzhev-memorial",
  "/api/v1/search?q=Rzhev",
  "/sitemap.xml",
  "/robots.txt",
  "/basemap/countries-50m.json",
  "/media/no-such-file.jpg",
  "/sitemaps/no-such-file.xml",
];

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values]),
  );
}

test("every response carries the common security headers", async ({ request }) => {
  for (const path of [...PAGES, ...NON_PAGES]) {
    const response = await request.get(path, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
    expect(headers["x-powered-by"], path).toBeUndefined();
    // No HSTS over plain HTTP; a TLS-terminating proxy's X-Forwarded-Proto turns it on.
    expect(headers["strict-transport-security"], path).toBeUndefined();
  }
  const behindTls = await request.get("/en", { headers: { "X-Forwarded-Proto": "https" } });
  expect(behindTls.headers()["strict-transport-security"]).toContain("max-age=");
});

test("a page's scripts run only with its own per-response nonce, and it cannot be framed", async ({ request }) => {
  const nonces = new Set<string>();
  for (const path of PAGES) {
    const response = await request.get(path);
    const policy = directives(response.headers()["content-security-policy"] ?? "");
    const scriptSrc = policy.get("script-src") ?? [];
    expect(scriptSrc, path).not.toContain("'unsafe-inline'");
    expect(scriptSrc, path).not.toContain("'unsafe-eval'");
    const nonce = scriptSrc.find((value) => value.startsWith("'nonce-"))?.slice(7, -1);
    expect(nonce, path).toBeTruthy();
    nonces.add(nonce!);
    expect(policy.get("frame-ancestors"), path).toEqual(["'none'"]);
    expect(policy.get("object-src"), path).toEqual(["'none'"]);
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => match[0]);
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const tag of scripts) {
      if (tag.includes('type="application/ld+json"')) continue;
      expect(tag, `${path}: ${tag}`).toContain(`nonce="${nonce}"`);
    }
  }
  expect(nonces.size, "a new nonce for every response").toBe(PAGES.length);
});

test("responses that are not pages may run, load or frame nothing", async ({ request }) => {
  for (const path of NON_PAGES) {
    const response = await request.get(path);
    expect(response.headers()["content-security-policy"], path).toBe(NON_PAGE_CONTENT_SECURITY_POLICY);
  }
});

test("a PDF handout refuses to be framed, with a policy Chrome's own PDF viewer can work under", async ({ request }) => {
  const response = await request.get("/en/handout.pdf?lat=56.2600&lng=34.3300&z=8", { timeout: 90_000 });
  expect(response.headers()["content-type"]).toContain("application/pdf");
  // default-src 'none' would leave Chrome's viewer a blank page (crbug.com/271452).
  expect(response.headers()["content-security-policy"]).toBe("frame-ancestors 'none'");
  expect(response.headers()["x-content-type-options"]).toBe("nosniff");
});

test.describe("framing", () => {
  test.use({ expectedConsoleError: /Refused to (display|frame)|frame-ancestors/ });

  test("another site cannot show a page in a frame", async ({ page, baseURL }) => {
    // 127.0.0.1 is another origin than the suite's localhost: the page that frames it stands for any other site.
    const framed = `${baseURL!.replace("localhost", "127.0.0.1")}/en/entries/rzhev-memorial`;
    await page.setContent(`<iframe title="framed" src="${framed}" width="600" height="400"></iframe>`);
    // The browser replaces a refused frame with its own error page.
    await expect.poll(() => page.frames()[1]?.url() ?? "").toMatch(/^chrome-error:/);
    await expect(
      page.frameLocator('iframe[title="framed"]').getByRole("heading", { name: "Rzhev Memorial to the Soviet Soldier" }),
    ).toHaveCount(0);
  });
});
