import fs from "node:fs";
import path from "node:path";
import { NON_PAGE_CONTENT_SECURITY_POLICY } from "@/lib/security/content-security-policy";

const APP = path.resolve(__dirname, "..", "..", "..", "app");
const SWEEP_CONCURRENCY = 4;

/** What the sweep of every route found. */
export interface HeaderFigures {
  routes: number;
  requests: number;
  failures: string[];
}

/**
 * Every page and every GET route handler under app/, as an address: route groups dropped, the
 * language "en" (and "ru" for pages), each parameter the fixture entry's slug (a route that does not
 * know it answers 404, which must carry the headers too).
 */
function addresses(slug: string, dir = APP, at = ""): string[] {
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name.startsWith("_")) continue;
    const folder = path.join(dir, entry.name);
    const segment = entry.name.startsWith("(")
      ? ""
      : entry.name === "[locale]"
        ? "/en"
        : entry.name.startsWith("[")
          ? `/${slug}`
          : `/${entry.name}`;
    const address = `${at}${segment}`;
    if (fs.existsSync(path.join(folder, "page.tsx"))) found.push(address, address.replace(/^\/en\b/, "/ru"));
    const route = path.join(folder, "route.ts");
    if (fs.existsSync(route) && /^export (?:const|(?:async )?function) GET\b/m.test(fs.readFileSync(route, "utf8"))) found.push(address);
    found.push(...addresses(slug, folder, address));
  }
  return found;
}

function directive(policy: string, name: string): string[] {
  const part = policy
    .split(";")
    .map((p) => p.trim().split(/\s+/))
    .find((words) => words[0] === name);
  return part ? part.slice(1) : [];
}

/** The headers every answer must carry, and the policy a page or anything else must have; what is wrong, by name. */
function wrongHeaders(response: Response, address: string): string[] {
  const wrong: string[] = [];
  const header = (name: string) => response.headers.get(name);
  if (header("x-content-type-options") !== "nosniff") wrong.push("X-Content-Type-Options");
  if (header("referrer-policy") !== "strict-origin-when-cross-origin") wrong.push("Referrer-Policy");
  if (!header("permissions-policy")?.includes("camera=()")) wrong.push("Permissions-Policy");
  if (header("x-powered-by") !== null) wrong.push("X-Powered-By present");
  const policy = header("content-security-policy");
  if (!policy) return [...wrong, "no Content-Security-Policy"];
  if ((header("content-type") ?? "").includes("text/html") && response.status < 300 && !address.startsWith("/api/")) {
    const scripts = directive(policy, "script-src");
    if (!scripts.some((value) => value.startsWith("'nonce-")) || scripts.includes("'unsafe-inline'"))
      wrong.push("script-src without a nonce");
    const framing = directive(policy, "frame-ancestors");
    if (!address.includes("/embed/") && framing.join(" ") !== "'none'") wrong.push("frameable");
  } else if ((header("content-type") ?? "").includes("application/pdf")) {
    // Chrome's own PDF viewer draws the file in a page of its making, which default-src 'none' breaks
    // (crbug.com/271452): a PDF need only refuse to be framed.
    if (directive(policy, "frame-ancestors").join(" ") !== "'none'") wrong.push("a PDF that may be framed");
  } else if (!(header("content-type") ?? "").includes("text/html") && policy !== NON_PAGE_CONTENT_SECURITY_POLICY) {
    wrong.push("a non-page policy other than default-src 'none'");
  }
  return wrong;
}

/**
 * Asks every route once as a visitor and once as a member of staff (a redirect, a 404 or a 401 is an
 * answer too) and checks the security headers of each answer; and one page behind a TLS proxy for HSTS.
 */
export async function sweepHeaders(options: { base: string; staffCookie: string; entrySlug: string }): Promise<HeaderFigures> {
  const routes = [...new Set(addresses(options.entrySlug))].sort();
  const figures: HeaderFigures = { routes: routes.length, requests: 0, failures: [] };
  const asks = routes.flatMap((address) => [undefined, options.staffCookie].map((cookie) => ({ address, cookie })));
  // A few at a time: most of a page's time is the server drawing it.
  const worker = async () => {
    for (let ask = asks.shift(); ask; ask = asks.shift()) {
      const { address, cookie } = ask;
      const response = await fetch(`${options.base}${address}`, { headers: cookie ? { Cookie: cookie } : {}, redirect: "manual" });
      await response.arrayBuffer();
      figures.requests += 1;
      const wrong = wrongHeaders(response, address);
      if (wrong.length > 0) figures.failures.push(`${address}${cookie ? " (staff)" : ""}: ${response.status}, ${wrong.join(", ")}`);
    }
  };
  await Promise.all(Array.from({ length: SWEEP_CONCURRENCY }, worker));
  figures.failures.sort();
  const tls = await fetch(`${options.base}/en`, { headers: { "X-Forwarded-Proto": "https" }, redirect: "manual" });
  await tls.arrayBuffer();
  figures.requests += 1;
  if (!tls.headers.get("strict-transport-security")?.includes("max-age=")) figures.failures.push("/en behind a TLS proxy: no HSTS");
  return figures;
}
