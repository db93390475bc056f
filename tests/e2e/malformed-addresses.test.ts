import { expect, test } from "./fixtures";

// Each would reach a dynamic route's parameter: malformed escapes (%E0%A4%A, %C0%AF, %FF) and an escape
// that decodes to a lone % (100%25), which Next.js decodes a second time.
const PAGES = [
  "/en/entries/100%25",
  "/en/entries/%E0%A4%A",
  "/ru/articles/%C0%AF",
  "/en/admin/entries/%FF/history",
  "/en/compare/%E0%A4%A",
];
const API = ["/api/v1/entries/%C0%AF", "/api/v1/entries/100%25", "/api/v1/admin/articles/%E0%A4%A", "/media/%C0%AF"];

test("a malformed percent escape in any dynamic path is a clean 400, never a 500", async ({ request }) => {
  for (const path of PAGES) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(400);
    expect(response.headers()["content-type"], path).toContain("text/html");
    expect(await response.text(), path).toContain("This address cannot be read");
  }
  for (const path of API) {
    const response = await request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(400);
    if (path.startsWith("/api/")) {
      expect(response.headers()["content-type"], path).toContain("application/problem+json");
      expect(((await response.json()) as { status: number }).status, path).toBe(400);
    }
  }
  // A well-formed escape still reaches the app, which answers for itself.
  expect((await request.get("/en/entries/%D1%80%D0%B6%D0%B5%D0%B2")).status()).toBe(404);
});
