import { randomUUID } from "node:crypto";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { parseArgs } from "node:util";
import { BIN, loadAverage, machine, ROOT, run, runIfMain, writeResult } from "./lib/common";
import { PAGE_HTML_LIMIT_BYTES, PAGE_TIME_LIMIT_MS } from "./lib/pages-types";
import { ensureBuild, startServer } from "./lib/server";
import { request } from "./pages-bench";

/**
 * npx tsx bench/sources-bench.ts [--sources 50000] [--rounds 5] [--no-build] [--prepare-only]
 *
 * Sources at scale: a copy of data/synthetic-100000.db (data/sources-bench.db, made once) gets
 * `--sources` more sources, a fifth of them titled by their bare web address as an import names
 * them, each cited by one entry, and one of them by 5,000 entries. Then, through `next start`, as a
 * curator: the entry editor (new, and an entry citing sources), the staff list of sources (first page,
 * a search, the address-only filter, a late page), one source's page (the most cited), and the
 * citation picker's API. Each address is fetched once to warm up, then `rounds` times; for each, the
 * time to the last byte, the HTML's size, and the server's CPU time (its process group, from /proc).
 * Exits non-zero on any answer other than 200, any HTML page over 300 KB, or any request over 1 s.
 */

const SOURCE_DB = path.join("data", "synthetic-100000.db");
const BENCH_DB = path.join("data", "sources-bench.db");
const DATABASE_URL = `file:./${BENCH_DB}`;
const CURATOR = { email: "sources-bench-curator@example.org", name: "Sources bench curator", role: "curator" as const };
const PASSWORD = "sources-bench-password";
const POPULAR_CITERS = 5_000;

/** CPU time (user + system, ms) of every process in the server's process group, from /proc. */
function groupCpuMs(pgid: number): number {
  const tick = 100; // USER_HZ on Linux
  let total = 0;
  for (const pid of fs.readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      // After the command: state(0) ppid(1) pgrp(2) … utime(11) stime(12)
      if (Number(fields[2]) === pgid) total += ((Number(fields[11]) + Number(fields[12])) * 1000) / tick;
    } catch {
      /* gone meanwhile */
    }
  }
  return total;
}

/** The bench's own copy of the 100k database, with the extra sources and their citations, made once. */
async function prepareDatabase(count: number): Promise<{ entrySlug: string; popularKey: string; sources: number }> {
  if (!fs.existsSync(BENCH_DB)) {
    if (!fs.existsSync(SOURCE_DB)) throw new Error(`${SOURCE_DB} is missing: cp --reflink=auto /work/main/data/synthetic-100000.db* data/`);
    fs.copyFileSync(SOURCE_DB, BENCH_DB);
  }
  await run(BIN("prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL }, timeoutMs: 5 * 60_000 });
  process.env.DATABASE_URL = DATABASE_URL;
  const { db } = await import("@/lib/db");
  const { createUser } = await import("@/lib/data/users/create-user");
  if (!(await db.user.findUnique({ where: { email: CURATOR.email } }))) await createUser({ ...CURATOR, password: PASSWORD }, null);
  const popularKey = "bench-source-00000";
  const have = await db.source.count({ where: { key: { startsWith: "bench-source-" } } });
  const entries = await db.entry.findMany({
    select: { id: true, slug: true },
    orderBy: { slug: "asc" },
    take: Math.max(count, POPULAR_CITERS),
  });
  if (have < count) {
    console.log(`Adding ${count - have} sources and their citations…`);
    const publishers = ["State Museum", "Городской архив", "District library", null];
    for (let start = have; start < count; start += 500) {
      const sources: { id: string; key: string; title: string; url: string; publisher: string | null }[] = [];
      const citations: { id: string; sourceId: string; entryId: string; field: string }[] = [];
      for (let i = start; i < Math.min(count, start + 500); i++) {
        const url = `https://register.example.org/items/${i}`;
        const id = randomUUID();
        // A fifth titled by their bare address, as an import names a source when the row gives no title.
        const title = i % 5 === 0 ? url : i % 2 === 0 ? `Register of memorials, item ${i}` : `Реестр памятников, запись ${i}`;
        sources.push({ id, key: `bench-source-${String(i).padStart(5, "0")}`, title, url, publisher: publishers[i % 4]! });
        const entry = entries[i % entries.length]!;
        citations.push({ id: randomUUID(), sourceId: id, entryId: entry.id, field: "text" });
        if (i === 0)
          for (const other of entries.slice(1, POPULAR_CITERS))
            citations.push({ id: randomUUID(), sourceId: id, entryId: other.id, field: "date" });
      }
      await db.source.createMany({ data: sources });
      for (let c = 0; c < citations.length; c += 1000) await db.citation.createMany({ data: citations.slice(c, c + 1000) });
    }
  }
  const sources = await db.source.count();
  await db.$disconnect();
  // The entry citing the popular source and one other: an editor page with two cited sources.
  return { entrySlug: entries[0]!.slug, popularKey, sources };
}

interface UrlResult {
  url: string;
  p50Ms: number;
  maxMs: number;
  bytes: number;
  serverCpuMs: number;
  status: number;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      sources: { type: "string", default: "50000" },
      rounds: { type: "string", default: "5" },
      "no-build": { type: "boolean", default: false },
      /** Only make data/sources-bench.db (while a build runs elsewhere, say). */
      "prepare-only": { type: "boolean", default: false },
    },
  });
  const count = Number(values.sources);
  const rounds = Math.max(1, Math.min(20, Number(values.rounds)));
  const loadStart = loadAverage();
  const { entrySlug, popularKey, sources } = await prepareDatabase(count);
  if (values["prepare-only"]) return;
  ensureBuild({ keepExisting: values["no-build"] });
  console.log(`Serving ${BENCH_DB} (${sources.toLocaleString("en")} sources)…`);
  const server = await startServer(100_000, 120_000, "next", DATABASE_URL);
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const results: UrlResult[] = [];
  const failures: string[] = [];
  try {
    const signIn = await request(agent, `${server.base}/api/auth/sign-in/email`, {
      method: "POST",
      body: JSON.stringify({ email: CURATOR.email, password: PASSWORD }),
    });
    if (signIn.status !== 200) throw new Error(`signing in answered ${signIn.status}`);
    const cookie = signIn.setCookie.map((c) => c.split(";")[0]).join("; ");
    const lastPage = Math.ceil(sources / 50);
    const urls = [
      "/en/admin/entries/new",
      `/en/admin/entries/${entrySlug}`,
      "/en/admin/sources",
      "/en/admin/sources?q=register",
      "/ru/admin/sources?q=%D1%80%D0%B5%D0%B5%D1%81%D1%82%D1%80",
      "/en/admin/sources?address=1",
      `/en/admin/sources?page=${Math.floor(lastPage * 0.9)}`,
      `/en/admin/sources?address=1&page=${Math.floor(lastPage / 5 - 1)}`,
      `/en/admin/sources/${popularKey}`,
      `/en/admin/sources/${popularKey}?entries=100`,
      "/api/v1/admin/source-options?q=register",
      "/api/v1/admin/source-options?q=item%2049999",
      `/api/v1/admin/source-options?q=${popularKey}`,
      "/api/v1/admin/source-options?q=zzqqxx",
    ];
    for (const url of urls) {
      const times: number[] = [];
      let bytes = 0;
      let status = 0;
      let cpu = 0;
      for (let round = 0; round <= rounds; round++) {
        const before = groupCpuMs(server.pid);
        const reply = await request(agent, `${server.base}${url}`, { cookie });
        if (round === 0) continue;
        cpu += groupCpuMs(server.pid) - before;
        times.push(reply.ms);
        bytes = Math.max(bytes, reply.bytes);
        status = reply.status;
        if (reply.status !== 200) failures.push(`${url}: status ${reply.status}`);
        if (reply.contentType.includes("text/html") && reply.bytes > PAGE_HTML_LIMIT_BYTES)
          failures.push(`${url}: ${(reply.bytes / 1024).toFixed(0)} KB of HTML`);
        if (reply.ms > PAGE_TIME_LIMIT_MS) failures.push(`${url}: ${reply.ms.toFixed(0)} ms`);
      }
      times.sort((a, b) => a - b);
      const result = {
        url,
        p50Ms: Math.round(times[Math.floor(times.length / 2)]!),
        maxMs: Math.round(times.at(-1)!),
        bytes,
        serverCpuMs: Math.round(cpu / rounds),
        status,
      };
      results.push(result);
      console.log(
        `  ${url}: ${status}, p50 ${result.p50Ms} ms, max ${result.maxMs} ms, ${(bytes / 1024).toFixed(1)} KB, server CPU ${result.serverCpuMs} ms`,
      );
    }
  } finally {
    agent.destroy();
    await server.stop();
  }
  writeResult("sources", {
    generatedAt: new Date().toISOString(),
    machine: machine(),
    loadStart,
    loadEnd: loadAverage(),
    sources,
    rounds,
    results,
    failures,
  });
  if (failures.length) {
    console.error(`\n${failures.length} limit(s) broken:\n${[...new Set(failures)].map((f) => `  ${f}`).join("\n")}`);
    process.exit(1);
  }
  console.log(`\nEvery address answered 200, under 300 KB of HTML and within 1 s (${ROOT}).`);
}

runIfMain("sources-bench.ts", main);
