import { kb } from "./lib/common";
import { PAGE_HTML_LIMIT_BYTES, PAGE_TIME_LIMIT_MS, type PagesBenchOutput } from "./lib/pages-types";
import { fmt, mark, verdict } from "./report-format";

/** The page benchmark's part of bench/results.md (bench/pages-bench.ts). */

export function pagesGoals(p: PagesBenchOutput | null): string[] {
  if (!p?.results.length) return [`- Every page at 100k (200, ≤ 300 KB of HTML, ≤ 1 s): ${mark("not measured")}.`];
  return p.results.map((r) => {
    const slowest = [...r.kinds].sort((a, b) => b.time.max - a.time.max)[0];
    const largest = [...r.kinds].filter((k) => k.html).sort((a, b) => b.maxBytes - a.maxBytes)[0];
    return (
      `- Every page at ${r.size.toLocaleString("en")} answers 200, under 300 KB of HTML and within 1 s: ${mark(verdict(r.failures.length === 0))} — ` +
      `${r.kinds.length} page kinds; slowest ${slowest ? `${slowest.kind} (max ${fmt(slowest.time.max)})` : "—"}, ` +
      `largest HTML ${largest ? `${largest.kind} (${kb(largest.maxBytes)})` : "—"}` +
      (r.failures.length ? `; broken: ${r.failures.join("; ")}` : "") +
      "."
    );
  });
}

export function pagesSection(p: PagesBenchOutput): string[] {
  const lines = [
    "## 4. Pages: every staff and public page (`bench/pages-bench.ts`)",
    "",
    "The same production build under `next start`, one server per size, on the synthetic database readied as `npm start` would " +
      "(missing search documents written), with a curator, an admin and one image added. Each address fetched once to warm up, then " +
      `${p.rounds} times one after another over one keep-alive connection with \`Accept-Encoding: gzip\`; time to the last byte; size is the ` +
      `decompressed body. A kind fails on any answer other than 200, any HTML page over ${kb(PAGE_HTML_LIMIT_BYTES)}, or any request over ${fmt(PAGE_TIME_LIMIT_MS)}.`,
    "",
  ];
  for (const r of p.results) {
    lines.push(
      `### ${r.size.toLocaleString("en")} entries`,
      "",
      `Server ready ${(r.serverStartMs / 1000).toFixed(1)} s after start.`,
      "",
      "| Page kind | As | Addresses | p50 | p95 | max | Largest body | Result |",
      "|---|---|---|---|---|---|---|---|",
      ...r.kinds.map(
        (k) =>
          `| ${k.kind} | ${k.as} | ${k.urls.length} | ${fmt(k.time.p50)} | ${fmt(k.time.p95)} | ${fmt(k.time.max)} | ${kb(k.maxBytes)}${k.html ? "" : " (not HTML)"} | ` +
          `${k.failures.length ? `**failed**: ${k.failures.join("; ")}` : "ok"} |`,
      ),
      "",
    );
  }
  for (const note of p.notes) lines.push(`Note: ${note}`, "");
  return lines;
}
