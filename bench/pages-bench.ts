import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import zlib from "node:zlib";
import { PROPOSALS_PAGE_SIZE } from "@/lib/data/review/waiting-proposals";
import {
  BIN,
  childResult,
  databaseUrlFor,
  ensureDatabase,
  loadAverage,
  machine,
  ms,
  parseSizes,
  run,
  runIfMain,
  stats,
  writeResult,
} from "./lib/common";
import { BENCH_ACCOUNTS, BENCH_PASSWORD, type PageFixtures } from "./lib/page-fixtures";
import {
  PAGE_HTML_LIMIT_BYTES,
  PAGE_TIME_LIMIT_MS,
  type PageKindResult,
  type PagesBenchOutput,
  type PagesSizeResult,
} from "./lib/pages-types";
import { ensureBuild, type RunningServer, startServer } from "./lib/server";
import { writeResultsFile } from "./report";

/**
 * tsx bench/pages-bench.ts [--sizes 1000,100000] [--rounds 3] [--rebuild | --no-build]   (npm run bench:pages)
 *
 * Every page kind at each size, as a visitor, a curator and an admin: the public pages (explorer in
 * both languages, entry and article pages, search, compare, the sitemap index and a file, robots)
 * and every staff page (lists and some of their later pages, editors, histories, review with its
 * proposed changes' first, second and last pages, images,
 * users, audit log, password), plus the pickers' search endpoints. Each address is fetched once to
 * warm up, then `rounds` times one after another over a keep-alive connection with gzip; time is to
 * the last byte. Exits non-zero, listing why, on any 5xx (or any other answer than 200), any HTML page
 * over 300 KB, or any request slower than 1 s. Writes bench/out/pages.json and bench/results.md.
 */

const REQUEST_TIMEOUT_MS = 30_000;
const UPLOADS_DIR = path.join("bench", ".tmp", "uploads");

export interface Reply {
  status: number;
  ms: number;
  bytes: number;
  contentType: string;
  setCookie: string[];
}

/** One request over a keep-alive agent, gzip accepted; the time to the last byte and the decompressed size. */
export function request(agent: http.Agent, url: string, options: { cookie?: string; method?: string; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const { origin } = new URL(url);
    const req = http.request(
      url,
      {
        agent,
        method: options.method ?? "GET",
        timeout: REQUEST_TIMEOUT_MS,
        headers: {
          "Accept-Encoding": "gzip",
          // The sign-in limit reads the client address from this header; one address for the bench.
          "X-Forwarded-For": "127.0.0.1",
          ...(options.cookie ? { Cookie: options.cookie } : {}),
          ...(options.body ? { "Content-Type": "application/json", Origin: origin } : {}),
        },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const wire = Buffer.concat(chunks);
          const body = response.headers["content-encoding"] === "gzip" ? zlib.gunzipSync(wire) : wire;
          resolve({
            status: response.statusCode ?? 0,
            ms: performance.now() - t0,
            bytes: body.length,
            contentType: String(response.headers["content-type"] ?? ""),
            setCookie: response.headers["set-cookie"] ?? [],
          });
        });
        response.on("error", reject);
      },
    );
    req.on("timeout", () => req.destroy(new Error(`timeout after ${REQUEST_TIMEOUT_MS} ms`)));
    req.on("error", reject);
    req.end(options.body);
  });
}

/** Signs in through the same endpoint the sign-in form uses; returns the session cookie. */
async function signIn(agent: http.Agent, base: string, email: string): Promise<string> {
  const reply = await request(agent, `${base}/api/auth/sign-in/email`, {
    method: "POST",
    body: JSON.stringify({ email, password: BENCH_PASSWORD }),
  });
  if (reply.status !== 200) throw new Error(`signing in as ${email} answered ${reply.status}`);
  return reply.setCookie.map((cookie) => cookie.split(";")[0]).join("; ");
}

type Visit = {
  kind: string;
  as: PageKindResult["as"];
  urls: string[];
  /** The answer the kind must give when it is not 200 (a short link redirects). */
  status?: number;
  /** A download that is not a page (the handout's PDF, made by a browser) has its own time limit. */
  limitMs?: number;
};

/** Making a PDF starts a headless browser: a download, timed apart from the pages' 1 s. */
const PDF_TIME_LIMIT_MS = 15_000;

/** Every page kind and the addresses that stand for it. */
function visits(f: PageFixtures, lastEntriesPage: number, importJob: string | null): Visit[] {
  const lastProposalsPage = Math.max(1, Math.ceil(f.proposals / PROPOSALS_PAGE_SIZE));
  const [entry, otherEntry] = f.entries;
  const [article] = f.articles;
  const searches = f.searches.map((q) => encodeURIComponent(q));
  return [
    { kind: "explorer (home)", as: "visitor", urls: ["/en", "/ru"] },
    { kind: "entry page", as: "visitor", urls: [...f.entries.map((s) => `/en/entries/${s}`), `/ru/entries/${entry}`] },
    { kind: "entry page, most linked entry", as: "visitor", urls: [`/en/entries/${f.linkedEntry}`, `/ru/entries/${f.linkedEntry}`] },
    { kind: "article page", as: "visitor", urls: [...f.articles.map((s) => `/en/articles/${s}`), `/en/articles/${f.mentioningArticle}`] },
    { kind: "search", as: "visitor", urls: [...searches.map((q) => `/en/search?q=${q}`), `/ru/search?q=${searches[1]}`] },
    {
      kind: "compare",
      as: "visitor",
      urls: [
        `/en/compare?entries=${f.memorials.join(",")}`,
        `/ru/compare?entries=${f.memorials.slice(0, 3).join(",")}`,
        `/en/compare?entries=${f.linkedEntry}`,
      ],
    },
    { kind: "picker search (public)", as: "visitor", urls: searches.slice(0, 3).map((q) => `/api/v1/entry-options?q=${q}&kind=memorial`) },
    { kind: "sitemap index", as: "visitor", urls: ["/sitemap.xml"] },
    { kind: "sitemap file", as: "visitor", urls: ["/sitemaps/entries-1.xml", "/sitemaps/home.xml", "/sitemaps/articles-1.xml"] },
    { kind: "robots.txt", as: "visitor", urls: ["/robots.txt"] },
    { kind: "sign-in", as: "visitor", urls: ["/en/sign-in", "/ru/sign-in"] },
    { kind: "tours list", as: "visitor", urls: ["/en/tours", "/ru/tours"] },
    { kind: "tour page", as: "visitor", urls: [`/en/tours/${f.tour}`, `/ru/tours/${f.tour}`] },
    { kind: "tour presentation", as: "visitor", urls: [`/en/tours/${f.tour}/present?step=1`, `/en/tours/${f.tour}/present?step=3`] },
    { kind: "short link", as: "visitor", urls: [`/s/${f.shortLink}`], status: 302 },
    {
      kind: "handout (view, tour)",
      as: "visitor",
      urls: ["/en/handout", `/ru/handout?entry=${entry}`, `/en/handout?kind=memorial`, `/en/handout?tour=${f.tour}`],
    },
    { kind: "handout PDF (download)", as: "visitor", urls: ["/en/handout.pdf?kind=memorial"], limitMs: PDF_TIME_LIMIT_MS },
    {
      kind: "embed pages",
      as: "visitor",
      urls: [`/en/embed/entries/${entry}`, "/en/embed/view", `/ru/embed/view?kind=memorial`, `/en/embed/tours/${f.tour}`],
    },
    { kind: "API reference", as: "visitor", urls: ["/en/api", "/ru/api", "/en/api/schemas"] },
    {
      kind: "public API",
      as: "visitor",
      urls: [
        "/api/v1/openapi.json",
        "/api/v1/entries?limit=100",
        "/api/v1/entries?kind=memorial&q=memorial&limit=100",
        `/api/v1/entries/${f.linkedEntry}`,
        "/api/v1/articles",
        `/api/v1/relations?entry=${f.linkedEntry}`,
        "/api/v1/tours",
        `/api/v1/tours?entry=${entry}`,
        `/api/v1/tours/${f.tour}`,
        `/api/v1/tours/${f.tour}?format=geojson`,
        "/api/v1/places?q=sevastopol",
        "/api/health",
      ],
    },
    { kind: "not found", as: "visitor", urls: ["/en/no-such-page"], status: 404 },
    { kind: "staff: overview", as: "curator", urls: ["/en/admin", "/ru/admin"] },
    {
      kind: "staff: entries list",
      as: "curator",
      urls: [
        "/en/admin/entries",
        "/en/admin/entries?page=2",
        `/en/admin/entries?page=${lastEntriesPage}`,
        "/en/admin/entries?status=in_review&page=2",
      ],
    },
    { kind: "staff: new entry", as: "curator", urls: ["/en/admin/entries/new", "/ru/admin/entries/new"] },
    {
      kind: "staff: edit entry",
      as: "curator",
      urls: [`/en/admin/entries/${entry}`, `/en/admin/entries/${otherEntry}`, `/en/admin/entries/${f.linkedEntry}`],
    },
    {
      kind: "staff: entry history",
      as: "curator",
      urls: [`/en/admin/entries/${entry}/history`, `/en/admin/entries/${f.linkedEntry}/history`],
    },
    { kind: "staff: deleted entries", as: "curator", urls: ["/en/admin/entries/deleted"] },
    { kind: "staff: articles list", as: "curator", urls: ["/en/admin/articles", "/en/admin/articles?page=2"] },
    { kind: "staff: new article", as: "curator", urls: ["/en/admin/articles/new"] },
    { kind: "staff: edit article", as: "curator", urls: [`/en/admin/articles/${article}`, `/en/admin/articles/${f.mentioningArticle}`] },
    { kind: "staff: article history", as: "curator", urls: [`/en/admin/articles/${article}/history`] },
    { kind: "staff: review queue", as: "curator", urls: ["/en/admin/review", "/en/admin/review?page=2"] },
    {
      kind: "staff: review queue, proposed changes",
      as: "curator",
      urls: [
        "/en/admin/review?proposals=2",
        `/en/admin/review?proposals=${lastProposalsPage}`,
        `/ru/admin/review?proposals=${lastProposalsPage}`,
      ],
    },
    { kind: "staff: image library", as: "curator", urls: ["/en/admin/media"] },
    { kind: "staff: upload image", as: "curator", urls: ["/en/admin/media/upload"] },
    { kind: "staff: edit image", as: "curator", urls: [`/en/admin/media/${f.mediaId}`] },
    { kind: "staff: change password", as: "curator", urls: ["/en/admin/password"] },
    { kind: "staff: article import", as: "curator", urls: ["/en/admin/article-imports", "/ru/admin/article-imports"] },
    { kind: "staff: tours list", as: "curator", urls: ["/en/admin/tours", "/ru/admin/tours"] },
    { kind: "staff: new tour", as: "curator", urls: ["/en/admin/tours/new"] },
    { kind: "staff: edit tour", as: "curator", urls: [`/en/admin/tours/${f.tour}`] },
    {
      kind: "staff: imports",
      as: "curator",
      urls: ["/en/admin/imports", ...(importJob ? [`/en/admin/imports/${importJob}`, `/api/v1/admin/imports/${importJob}`] : [])],
    },
    { kind: "picker search (staff)", as: "curator", urls: searches.slice(0, 3).map((q) => `/api/v1/admin/entry-options?q=${q}`) },
    { kind: "staff: users", as: "admin", urls: ["/en/admin/users"] },
    { kind: "staff: audit log", as: "admin", urls: ["/en/admin/audit"] },
  ];
}

/** A dry-run import of two rows as the curator, so that an import's own page has a job to show; null if refused. */
async function startDryRunImport(base: string, cookie: string): Promise<string | null> {
  const csv =
    "external_id,kind,title_en,date,latitude,longitude\nbench-1,memorial,Bench import row,1975,55.75,37.61\nbench-2,event,Bench import row 2,1941-10,59.93,30.31\n";
  const form = new FormData();
  form.set("file", new File([csv], "bench.csv", { type: "text/csv" }));
  form.set("dryRun", "true");
  const response = await fetch(`${base}/api/v1/admin/imports`, {
    method: "POST",
    body: form,
    headers: { Cookie: cookie, Origin: base, "X-Forwarded-For": "127.0.0.1" },
  });
  if (response.status !== 202) {
    console.warn(`  a dry-run import answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
    return null;
  }
  return ((await response.json()) as { id: string }).id;
}

async function measure(server: RunningServer, fixtures: PageFixtures, rounds: number): Promise<PageKindResult[]> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const cookies = {
    visitor: undefined,
    curator: await signIn(agent, server.base, BENCH_ACCOUNTS.curator.email),
    admin: await signIn(agent, server.base, BENCH_ACCOUNTS.admin.email),
  };
  const results: PageKindResult[] = [];
  const importJob = await startDryRunImport(server.base, cookies.curator);
  // 50 entries a page (lib/paging/page.ts PAGE_SIZE).
  for (const visit of visits(fixtures, Math.max(1, Math.ceil(fixtures.entryCount / 50)), importJob)) {
    const times: number[] = [];
    const statuses: Record<string, number> = {};
    const failures: string[] = [];
    let maxBytes = 0;
    let html = false;
    for (const url of visit.urls) {
      for (let round = 0; round <= rounds; round++) {
        let reply: Reply;
        try {
          reply = await request(agent, `${server.base}${url}`, { cookie: cookies[visit.as] });
        } catch (error) {
          failures.push(`${url}: ${error instanceof Error ? error.message : String(error)}`);
          break;
        }
        // The first fetch of each address warms it up (compiles nothing in a production build, but fills caches) and is not timed.
        if (round === 0) continue;
        statuses[reply.status] = (statuses[reply.status] ?? 0) + 1;
        times.push(reply.ms);
        maxBytes = Math.max(maxBytes, reply.bytes);
        const isHtml = reply.contentType.includes("text/html");
        html ||= isHtml;
        if (reply.status !== (visit.status ?? 200)) failures.push(`${url}: status ${reply.status}`);
        if (isHtml && reply.bytes > PAGE_HTML_LIMIT_BYTES) failures.push(`${url}: ${(reply.bytes / 1024).toFixed(0)} KB of HTML`);
        if (reply.ms > (visit.limitMs ?? PAGE_TIME_LIMIT_MS)) failures.push(`${url}: ${ms(reply.ms)}`);
      }
    }
    const result: PageKindResult = { ...visit, time: stats(times), maxBytes, html, statuses, failures: [...new Set(failures)] };
    console.log(
      `  ${visit.kind} (${visit.as}): p50 ${ms(result.time.p50)}, p95 ${ms(result.time.p95)}, max ${ms(result.time.max)}, ` +
        `${(maxBytes / 1024).toFixed(0)} KB${result.failures.length ? ` — FAILED: ${result.failures.join("; ")}` : ""}`,
    );
    results.push(result);
  }
  agent.destroy();
  return results;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sizes: { type: "string" },
      rounds: { type: "string", default: "3" },
      rebuild: { type: "boolean", default: false },
      /** Use .next-bench as it is (run-all built it once for every part). */
      "no-build": { type: "boolean", default: false },
    },
  });
  const started = Date.now();
  const loadAverageStart = loadAverage();
  const sizes = parseSizes(values.sizes, [1000, 100_000]);
  const rounds = Math.max(1, Math.min(20, Number(values.rounds)));
  // The bench's one image goes to a folder of its own, for the fixtures and the servers alike.
  process.env.UPLOADS_DIR = UPLOADS_DIR;
  for (const size of sizes) await ensureDatabase(size);
  ensureBuild({ rebuild: values.rebuild, keepExisting: values["no-build"] });

  const results: PagesSizeResult[] = [];
  for (const size of sizes) {
    console.log(`Readying ${size} entries (search documents, bench accounts, an image)…`);
    const out = await run(BIN("tsx"), [path.join("bench", "lib", "page-fixtures.ts")], {
      env: { ...process.env, DATABASE_URL: databaseUrlFor(size) },
      capture: true,
      timeoutMs: 10 * 60_000,
    });
    const fixtures = childResult<PageFixtures>(out, `readying ${size}`);
    console.log(`Serving ${size} entries…`);
    const server = await startServer(size);
    try {
      const kinds = await measure(server, fixtures, rounds);
      results.push({
        size,
        serverStartMs: server.startMs,
        kinds,
        failures: kinds.flatMap((k) => k.failures.map((f) => `${k.kind} (${k.as}): ${f}`)),
      });
    } finally {
      await server.stop();
    }
  }
  const output: PagesBenchOutput = {
    generatedAt: new Date().toISOString(),
    machine: machine(),
    loadAverageStart,
    loadAverageEnd: loadAverage(),
    seconds: (Date.now() - started) / 1000,
    notes: [],
    rounds,
    results,
  };
  writeResult("pages", output);
  writeResultsFile();
  const failures = results.flatMap((r) => r.failures.map((f) => `${r.size.toLocaleString("en")}: ${f}`));
  if (failures.length) {
    console.error(`\n${failures.length} page limit(s) broken:\n${failures.map((f) => `  ${f}`).join("\n")}`);
    process.exit(1);
  }
  console.log("\nEvery page answered 200, under 300 KB of HTML and within 1 s.");
}

runIfMain("pages-bench.ts", main);
