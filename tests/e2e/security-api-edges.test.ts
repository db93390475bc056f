import http from "node:http";
import { expect, test } from "./fixtures";
import { EDITOR, staffPage } from "./staff";

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * One request with its path exactly as written: a browser, fetch and Playwright all normalise dot
 * segments and escapes before they send a path, and a hostile client does not. A body is sent with
 * Content-Length, or chunked when `chunked` is set.
 */
function raw(base: string, method: string, path: string, options: { body?: string; chunked?: boolean } = {}): Promise<Answer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { Accept: "application/json" };
    if (options.body !== undefined) headers["Content-Type"] = "application/json";
    // Node's client frames a DELETE's body only when told how.
    if (options.body !== undefined) {
      if (options.chunked) headers["Transfer-Encoding"] = "chunked";
      else headers["Content-Length"] = String(Buffer.byteLength(options.body));
    }
    const request = http.request({ hostname, port, method, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("end", () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString() }),
      );
    });
    request.on("error", reject);
    if (options.body !== undefined) request.write(options.body);
    request.end();
  });
}

/** The path an answer redirects to, resolved against the path it answered. */
const redirectTarget = (answer: Answer, from: string) => new URL(answer.headers.location!, `http://x${from}`).pathname;

function expectProblem(answer: Answer, status: number, what: string): { title: string; detail: string } {
  expect(answer.status, what).toBe(status);
  expect(answer.headers["content-type"], what).toBe("application/problem+json");
  expect(answer.headers["x-content-type-options"], what).toBe("nosniff");
  expect(answer.headers["content-security-policy"], what).toBe("default-src 'none'; frame-ancestors 'none'");
  return JSON.parse(answer.body) as { title: string; detail: string };
}

test("a method an API address does not take is a 405 problem document with Allow, whether or not a body comes with it", async ({
  baseURL,
}) => {
  const json = JSON.stringify({ slug: "wrong-method", padding: "x".repeat(64 * 1024) });
  for (const [method, path, allow, body] of [
    ["POST", "/api/v1/viewport", "GET, HEAD, OPTIONS", json],
    ["PUT", "/api/v1/admin/entries", "OPTIONS, POST", json],
    ["DELETE", "/api/v1/search", "GET, HEAD, OPTIONS", "{}"],
    ["PATCH", "/api/v1/openapi.json", "GET, HEAD, OPTIONS", ""],
    ["GET", "/api/v1/admin/users/someone/sessions", "DELETE, OPTIONS", undefined],
  ] as const) {
    for (const chunked of body === undefined ? [false] : [false, true]) {
      const what = `${method} ${path} ${body === undefined ? "without a body" : chunked ? "with a chunked body" : "with a body"}`;
      const answer = await raw(baseURL!, method, path, { body, chunked });
      const problem = expectProblem(answer, 405, what);
      expect(answer.headers.allow, what).toBe(allow);
      expect(problem.title, what).toBe("Method Not Allowed");
      expect(problem.detail, what).toContain(allow);
    }
  }
});

test("an address the API does not serve is a 404 problem document, however it is written, and never an HTML page", async ({ baseURL }) => {
  for (const path of [
    "/api",
    "/api/v1",
    "/api/v1/",
    "/api/v2/entries",
    "/api/v1%2Fentries",
    "/api//v1/no-such-address",
    "/api/v1/no-such-address/",
    "/api/v1//no-such-address",
    "/api/v1/./no-such-address",
    "/api/v1/no-such-address/..",
    "/api/v1/%6E%6F-such-address",
    "/api/v1/no%2Fsuch%2Faddress",
    "/api/v1/%2e%2e/%2e%2e/etc/passwd",
    "/api/v1/..%2F..%2Fetc%2Fpasswd",
    "/api/v1/%E2%80%AEtxt.exe",
    "/api/v1/entries/a-slug/extra/",
    "/api/v1/no-such-address;jsessionid=1",
    "/api/v1/no-such-address?q=%",
  ]) {
    for (const method of ["GET", "POST"]) {
      let answer = await raw(baseURL!, method, path, method === "POST" ? { body: "{}" } : {});
      let at = path;
      // Next.js sends an address with a trailing slash to the one without; that answer is not a page either.
      for (let hops = 0; answer.status >= 300 && answer.status < 400 && hops < 3; hops++) {
        expect(answer.headers["content-type"] ?? "", `${method} ${at}`).not.toContain("text/html");
        at = redirectTarget(answer, at);
        expect(at, `${method} ${path} redirects within the API`).toMatch(/^\/api(?:\/|$)/);
        answer = await raw(baseURL!, method, at, method === "POST" ? { body: "{}" } : {});
      }
      const problem = expectProblem(answer, 404, `${method} ${path} (answered at ${at})`);
      expect(problem.title).toBe("Not found");
      expect(problem.detail).toContain("/api/v1/openapi.json");
    }
  }
});

test("a write made with a staff session but no Origin is refused, naming why; with Origin, or from the app's own page, it goes through", async ({
  browser,
  baseURL,
}) => {
  const editor = await staffPage(browser, EDITOR);
  // The context's own client: the session's cookie, and no Origin unless one is given.
  const api = editor.context().request;
  const entry = (slug: string) => ({ slug, kind: "place", translations: { en: { title: `No origin ${slug}` }, ru: { title: "" } } });
  const unique = () => `no-origin-${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

  const unnamed = unique();
  const refused = await api.post("/api/v1/admin/entries", { data: entry(unnamed) });
  expect(refused.status()).toBe(403);
  expect(refused.headers()["content-type"]).toBe("application/problem+json");
  expect(((await refused.json()) as { detail: string }).detail).toContain("no Origin header");
  expect((await api.get(`/api/v1/admin/entries/${unnamed}`)).status(), "nothing was written").toBe(404);

  // A server action posted the same way is refused before Next.js looks for the action.
  const action = await api.post("/en/admin/entries/new", { headers: { "Next-Action": "0".repeat(42) }, data: "[]" });
  expect(action.status()).toBe(403);
  expect(((await action.json()) as { detail: string }).detail).toContain("no Origin header");

  expect((await api.post("/api/v1/admin/entries", { headers: { Origin: baseURL! }, data: entry(unique()) })).status()).toBe(201);
  expect((await api.post("/api/v1/admin/entries", { headers: { "Sec-Fetch-Site": "same-origin" }, data: entry(unique()) })).status()).toBe(
    201,
  );
  const fromPage = await editor.evaluate(
    async (body) => {
      const response = await fetch("/api/v1/admin/entries", { method: "POST", headers: { "Content-Type": "application/json" }, body });
      return response.status;
    },
    JSON.stringify(entry(unique())),
  );
  expect(fromPage, "the browser names the app's origin itself").toBe(201);

  // Without a session nothing can be forged: the permission check answers.
  const anonymous = await raw(baseURL!, "POST", "/api/v1/admin/entries", { body: JSON.stringify(entry(unique())) });
  expect(anonymous.status).toBe(401);
});
