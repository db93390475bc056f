import type { BrowserBenchOutput, RedrawRun, SelectionRun } from "./lib/browser-types";
import { kb, median } from "./lib/common";
import { fmt, KB300, mark, med, nums, verdict } from "./report-format";

/** The browser part of bench/results.md: its section and its lines under "Against the goals". */

/** Redrawn: the last change of the drawn set, or the end of the view's own movement when that comes later. */
const redrawn = (r: RedrawRun) => (r.total === null ? null : Math.max(r.total, r.settled ?? 0));

function redrawCell(runs: RedrawRun[]): string {
  if (!runs.length) return "—";
  const unchanged = runs.filter((r) => !r.changed).length;
  return (
    `${fmt(med(runs.map(redrawn)))} (runs: ${runs.map((r) => redrawn(r)?.toFixed(0) ?? "—").join(", ")}` +
    `${unchanged ? `; ${unchanged} without a change` : ""}) — new data first drawn ${fmt(med(runs.map((r) => r.firstDrawn)))}, last change ${fmt(med(runs.map((r) => r.total)))}, ` +
    `movement settled ${fmt(med(runs.map((r) => r.settled)))}; action→request ${fmt(med(runs.map((r) => r.toRequest)))}, request ${fmt(med(runs.map((r) => r.request)))}, response→last change ${fmt(med(runs.map((r) => r.responseToLastMutation)))}`
  );
}

function selectionCell(runs: (SelectionRun & { clicks?: number })[], zoomed: "map" | "timeline"): string {
  const ok = runs.filter((s): s is Extract<SelectionRun, { total: number }> & { clicks?: number } => "total" in s);
  const failed = runs.filter((s): s is { error: string } => "error" in s);
  const parts: string[] = [];
  if (ok.length) {
    const clicks = nums(ok.map((s) => s.clicks));
    parts.push(
      `${fmt(median(ok.map((s) => s.total)))} (map ${fmt(median(ok.map((s) => s.mapAt)))}, timeline ${fmt(median(ok.map((s) => s.timelineAt)))}; ${ok.length} of ${runs.length} runs` +
        `${clicks.length ? `; after ${Math.min(...clicks)}–${Math.max(...clicks)} ${zoomed} zoom clicks` : ""}; e.g. ${ok[0]!.entry})`,
    );
  }
  if (failed.length) parts.push(`${failed.length} of ${runs.length} runs did not reach both views: ${failed[0]!.error}`);
  return parts.join("; ") || "—";
}

const selectionMedian = (runs: SelectionRun[]) => {
  const ok = runs.filter((s): s is Extract<SelectionRun, { total: number }> => "total" in s);
  return ok.length === runs.length && ok.length ? median(ok.map((s) => s.total)) : null;
};

export function browserSection(b: BrowserBenchOutput): string[] {
  const lines = [
    "## 3. Browser: the home page in Chromium (`bench/browser-bench.ts`)",
    "",
    `${b.chromium}, headless, 1280×800, against \`next start\` (.next-bench) on each size's database; one unmeasured visit first, then a fresh context (cold HTTP cache) per run; ` +
      "medians of the runs; animations as a visitor gets them (no reduced motion). Chromium resolves no host name but localhost. " +
      "Navigation: navigation start → first animation frame with a `.leaflet-marker-icon` and a `.vis-item`. " +
      'Map zoom: the Leaflet "Zoom in" control → last added/removed node (or class that changed value; vis-timeline rewrites its item set\'s unchanged class every frame) in the marker pane, once the marker set has changed and the network is idle. ' +
      'Timeline zoom: "Zoom timeline in" → last change among the timeline\'s items, likewise. ' +
      "Map pan: a mouse drag of the map 300 px to the left in 12 steps, held still 150 ms before the release (so Leaflet adds no inertia) → last change in the marker pane, from the release. " +
      "Timeline drag: a mouse drag of the timeline 200 px to the right → last change among its items (the new window's data), from the release. " +
      'Selection: a button in "Entries in view" (the first whose entry both views draw) → first frame with `.entry-marker.is-selected` and `.vis-item.vis-selected`; ' +
      'where every entry on screen is in a cluster (nothing listed), the map\'s "Zoom in" is pressed first until an entry is listed (the clicks are reported).',
    "",
    "| Entries | Runs | Navigation → map and timeline drawn | DOMContentLoaded | first viewport response | map chunk loaded | timeline chunk loaded | viewport requests on load |",
    "|---|---|---|---|---|---|---|---|",
  ];
  for (const r of b.results) {
    const d = r.navigationDetail;
    lines.push(
      `| ${r.size.toLocaleString("en")} | ${r.runs} | ${fmt(med(r.navigation))} (runs: ${r.navigation.map((n) => (n === null ? "—" : n.toFixed(0))).join(", ")}) | ` +
        `${fmt(med(d.map((x) => x.domContentLoaded)))} | ${fmt(med(d.map((x) => x.firstViewportResponse)))} | ${fmt(med(d.map((x) => x.mapChunkLoaded)))} | ${fmt(med(d.map((x) => x.timelineChunkLoaded)))} | ${r.viewportRequestsOnLoad.join(", ")} |`,
    );
  }
  lines.push(
    "",
    '"Redrawn" is the later of the last DOM change the action causes among the markers or the timeline\'s items (nodes added or removed, classes changed) ' +
      "and the end of the view's own movement (the map pane's zoom-animation class and offset; the timeline's axis labels), so with animations it includes the animation itself " +
      "(Leaflet's 250 ms zoom; the timeline's buttons animate for 250 ms too). \"New data first drawn\" is the first frame after that last change (timed after the frame's rendering): " +
      "the app's own work, which can end while the animation still runs. The reduced-motion rows are extra visits with prefers-reduced-motion, where nothing animates: " +
      "there the time is the request and the drawing alone.",
    "",
    "| Entries | Map zoom → redrawn | Timeline zoom → redrawn | Map pan → redrawn | Timeline drag → redrawn |",
    "|---|---|---|---|---|",
  );
  for (const r of b.results) {
    lines.push(
      `| ${r.size.toLocaleString("en")} | ${redrawCell(r.mapZoom)} | ${redrawCell(r.timelineZoom)} | ${redrawCell(r.mapPan ?? [])} | ${redrawCell(r.timelineDrag ?? [])} |`,
    );
    if (r.mapZoomReduced?.length || r.timelineZoomReduced?.length) {
      lines.push(
        `| ${r.size.toLocaleString("en")}, reduced motion | ${redrawCell(r.mapZoomReduced ?? [])} | ${redrawCell(r.timelineZoomReduced ?? [])} | ${redrawCell(r.mapPanReduced ?? [])} | ${redrawCell(r.timelineDragReduced ?? [])} |`,
      );
    }
  }
  lines.push(
    "",
    'Selection, right after the zooms (as a visitor would: first list button drawn in both views, else the first), and again after pressing "Zoom timeline in" until the timeline draws entries rather than counts ' +
      "(then a not-yet-selected listed entry drawn in both views). Times are to the first frame showing that entry selected on the map (.entry-marker.is-selected) and on the timeline (.vis-item.vis-selected).",
    "",
    "| Entries | Selection → both views | Selection with the timeline narrowed |",
    "|---|---|---|",
  );
  for (const r of b.results)
    lines.push(
      `| ${r.size.toLocaleString("en")} | ${selectionCell(r.selection, "map")} | ${selectionCell(r.narrowedSelection ?? [], "timeline")} |`,
    );
  lines.push("");
  const withJs = b.results.find((r) => r.js);
  if (withJs?.js) {
    const js = withJs.js;
    lines.push(
      "### JavaScript shipped to /en",
      "",
      `Every script the page loaded (Resource Timing), each fetched again with \`Accept-Encoding: gzip\` to count its gzipped bytes (the server compresses). ` +
        `Initial = named in the server's HTML; the rest is loaded later (the map and timeline chunks). Resource Timing transfer size of all scripts (with headers): ${kb(js.transferTotal)}.`,
      "",
      `Initial ${kb(js.initialGzip)} gzipped (${kb(js.initialRaw)} raw); total after load ${kb(js.totalGzip)} gzipped (${kb(js.totalRaw)} raw), ${js.scripts.length} scripts.`,
      "",
      "| Script | gzipped | raw | loaded | recognised contents |",
      "|---|---|---|---|---|",
      ...js.scripts.map(
        (s) =>
          `| \`${s.url}\` | ${kb(s.gzipBytes)} | ${kb(s.rawBytes)} | ${s.initial ? "initial" : "later"} | ${s.contains.join(", ") || "—"} |`,
      ),
      "",
    );
  }
  const problems = b.results.flatMap((r) => [
    ...r.errors.map((e) => `${r.size}: ${e}`),
    ...[...new Set(r.consoleErrors)].map((e) => `${r.size}: console: ${e}`),
    ...[...new Set(r.outsideRequests)].map((u) => `${r.size}: request to another host: ${u}`),
  ]);
  if (problems.length) lines.push("Problems seen:", "", ...problems.slice(0, 20).map((p) => `- ${p}`), "");
  else lines.push("No console errors, no page errors, no request to any host but 127.0.0.1.", "");
  for (const note of b.notes) lines.push(`Note: ${note}`, "");
  return lines;
}

export function browserGoals(b: BrowserBenchOutput | null): string[] {
  const lines: string[] = [];
  if (b?.results.length) {
    for (const r of b.results) {
      const nav = med(r.navigation);
      const redrawGoal = (what: string, from: string, runs: RedrawRun[] | undefined, reduced: RedrawRun[] | undefined) => {
        const value = med((runs ?? []).map(redrawn));
        const reducedValue = med((reduced ?? []).map(redrawn));
        return (
          `- Redraw after ${what} < 100 ms (aim 16 ms) at ${s}: ${mark(verdict(value === null ? null : value < 100))} — median ${fmt(value)} from ${from}; ` +
          `new data first drawn ${fmt(med((runs ?? []).map((x) => x.firstDrawn)))}, movement settled ${fmt(med((runs ?? []).map((x) => x.settled)))}, response → last change ${fmt(med((runs ?? []).map((x) => x.responseToLastMutation)))}` +
          `${reducedValue === null ? "" : `; with reduced motion (nothing animates) ${fmt(reducedValue)}, first drawn ${fmt(med((reduced ?? []).map((x) => x.firstDrawn)))}`}.`
        );
      };
      const sel = selectionMedian(r.selection);
      const narrowed = selectionMedian(r.narrowedSelection ?? []);
      const s = r.size.toLocaleString("en");
      lines.push(
        `- Navigation → map and timeline drawn < 1.5 s at ${s}: ${mark(verdict(nav === null ? null : nav < 1500))} — median ${fmt(nav)}.`,
        redrawGoal("map zoom", "the click", r.mapZoom, r.mapZoomReduced),
        redrawGoal("timeline zoom", "the click", r.timelineZoom, r.timelineZoomReduced),
        redrawGoal("map pan (mouse drag)", "the release", r.mapPan, r.mapPanReduced),
        redrawGoal("timeline drag", "the release", r.timelineDrag, r.timelineDragReduced),
        `- Selection → both views < 100 ms at ${s}, first listed entry: ${mark(verdict(r.selection.length ? (sel === null ? false : sel < 100) : null))} — ${selectionCell(r.selection, "map")}.`,
        `- Selection → both views < 100 ms at ${s}, timeline narrowed to entries: ${mark(verdict(r.narrowedSelection?.length ? (narrowed === null ? false : narrowed < 100) : null))} — ${selectionCell(r.narrowedSelection ?? [], "timeline")}.`,
      );
    }
    const js = b.results.find((r) => r.js)?.js;
    if (js) {
      const lazy = js.scripts.filter((x) => x.contains.includes("leaflet") || x.contains.includes("vis-timeline"));
      const lazyOk = lazy.length > 0 && lazy.every((x) => !x.initial);
      lines.push(
        `- JavaScript ≤ 300 KB gzipped in total: ${mark(verdict(js.totalGzip <= KB300))} — ${kb(js.totalGzip)} total, ${kb(js.initialGzip)} initial.`,
        `- Map and timeline lazily loaded: ${mark(verdict(lazy.length ? lazyOk : null))} — ${lazy.map((x) => `\`${x.url}\` (${x.contains.join(", ")}, ${kb(x.gzipBytes)}, ${x.initial ? "initial" : "later"})`).join("; ") || "no chunk recognised"}.`,
      );
    } else lines.push(`- JavaScript ≤ 300 KB gzipped: ${mark("not measured")}.`);
  } else lines.push(`- Browser goals (navigation < 1.5 s, redraw < 100 ms, selection < 100 ms, JS ≤ 300 KB): ${mark("not measured")}.`);
  return lines;
}
