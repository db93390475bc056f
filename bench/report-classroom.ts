import type { ClassroomBenchOutput, SlowRun, StepRun } from "./lib/classroom-types";
import { kb, stats } from "./lib/common";
import { fmt, la, mark, med, nums, verdict } from "./report-format";

/** The classroom benchmark's part of bench/results.md (bench/classroom-bench.ts). */

const HEADING = "## Classroom: presenting a tour (`bench/classroom-bench.ts`)";
const STEP_GOAL_MS = 100;
const FIRST_STEP_GOAL_MS = 2500;

function stepRows(label: string, runs: StepRun[]): string[] {
  const row = (what: string, values: number[]) => {
    if (!values.length) return `| ${label} | ${what} | — | — | — | 0 |`;
    const s = stats(values);
    return `| ${label} | ${what} | ${fmt(s.p50)} | ${fmt(s.p95)} | ${fmt(s.max)} | ${values.length} |`;
  };
  return [
    row("key press → new step drawn", nums(runs.map((r) => r.drawn))),
    row("key press → map flight ended", nums(runs.map((r) => r.mapSettled))),
    row("key press → timeline animation ended", nums(runs.map((r) => r.timelineSettled))),
  ];
}

/** The first visit's requests until drawn, in the order they started, each with what asked for it: the chain the drawing waited on. */
function chainLines(run: SlowRun): string[] {
  if (!run.chain?.length) return [];
  const short = (address: string) => address.replace(/^(\w+) .*\/([^/]+)$/, "$1 …/$2");
  return [
    "<details><summary>The first visit's requests until drawn, in the order they started</summary>",
    "",
    "| Start | End | Type | Transferred | Request | Asked for by |",
    "|---|---|---|---|---|---|",
    ...run.chain.map(
      (r) => `| ${fmt(r.start)} | ${fmt(r.end)} | ${r.type} | ${kb(r.transferred)} | \`${r.url}\` | ${short(r.initiator)} |`,
    ),
    "",
    "</details>",
    "",
  ];
}

export function classroomSection(c: ClassroomBenchOutput): string[] {
  const drawn = nums(c.steps.map((r) => r.drawn));
  const drawnP95 = drawn.length ? stats(drawn).p95 : null;
  const firstDrawn = med(c.slow.map((r) => r.drawn));
  const lines = [
    HEADING,
    "",
    `${c.generatedAt}, ${c.seconds.toFixed(0)} s, load average ${la(c.loadAverageStart)} at the start and ${la(c.loadAverageEnd)} at the end; ${c.chromium}. ` +
      `The seeded featured tour (\`${c.tour}\`, reference collection) as \`npm start\` serves it, in a 1280 × 720 window (a projector).`,
    "",
    `- Step to step in presentation mode < ${STEP_GOAL_MS} ms from the key press to the new step drawn: ${mark(verdict(drawnP95 === null ? null : drawnP95 < STEP_GOAL_MS))}` +
      (drawnP95 === null
        ? "."
        : ` — p95 ${fmt(drawnP95)} over ${drawn.length} presses of →; the map's flight and the timeline's move are reported apart below.`),
    `- First step on the slow school profile (${c.profile.downKbps / 1000} Mbit/s down, ${c.profile.rttMs} ms round trip, cold cache) < ${FIRST_STEP_GOAL_MS / 1000} s: ` +
      `${mark(verdict(firstDrawn === null ? null : firstDrawn < FIRST_STEP_GOAL_MS))}${firstDrawn === null ? "." : ` — median ${fmt(firstDrawn)} over ${c.slow.length} cold visits.`}`,
    "",
    "### Step to step",
    "",
    `Measured ${c.measuredAt?.steps ?? c.generatedAt}. Each press of → from step 1 to the last, timed on the page's clock from the keydown: *drawn* is the first frame painted after the step's ` +
      "title and progress changed (a requestAnimationFrame callback, then a posted message, which arrives after that frame's paint); " +
      "the map's flight ends at its `moveend`, the timeline's animation at its `rangechanged` (each as the page reports it in its " +
      "`data-map-view` / `data-timeline-window`); a step that leaves a view where it was has no figure for it. With reduced motion both views jump.",
    "",
    "| Motion | Measure | p50 | p95 | max | n |",
    "|---|---|---|---|---|---|",
    ...stepRows("full", c.steps),
    ...stepRows("reduced", c.stepsReduced),
    "",
    "### The first step on a slow school connection",
    "",
    `Measured ${c.measuredAt?.slow ?? c.generatedAt}. \`/${c.locale ?? "en"}/tours/${c.tour}/present?step=1\` in a fresh browser context (cold cache, cache disabled) through Chromium's network emulation ` +
      `(${c.profile.downKbps} kbit/s down, ${c.profile.upKbps} kbit/s up, ${c.profile.rttMs} ms added per request). *Drawn* is the later of: the step's ` +
      "title shown, the map with a drawn basemap tile and a marker, the timeline with an item; *quiet* is the last request's end once none " +
      "has started or ended for a second.",
    "",
    "*Before drawn* is what had arrived when the step was drawn, and the time the link alone needs to carry it at the profile's speed.",
    "",
    "| Visit | Text | Map | Timeline | Drawn | Quiet | Before drawn | Transferred | Decoded |",
    "|---|---|---|---|---|---|---|---|---|",
    ...c.slow.map((r, i) => {
      const transferred = r.bytes.reduce((sum, b) => sum + b.transferred, 0);
      const decoded = r.bytes.reduce((sum, b) => sum + b.decoded, 0);
      const before = r.transferredBeforeDrawn ?? 0;
      const floor = (before * 8) / c.profile.downKbps; // bytes × 8 ÷ kbit/s = ms
      return `| ${i + 1} | ${fmt(r.text)} | ${fmt(r.map)} | ${fmt(r.timeline)} | ${fmt(r.drawn)} | ${fmt(r.quiet)} | ${kb(before)} (${fmt(floor)}) | ${kb(transferred)} | ${kb(decoded)} |`;
    }),
    "",
  ];
  const first = c.slow[0];
  if (first) {
    lines.push(
      "What the first visit downloaded, by type (until quiet):",
      "",
      "| Type | Requests | Transferred | Decoded |",
      "|---|---|---|---|",
      ...first.bytes.map((b) => `| ${b.type} | ${b.requests} | ${kb(b.transferred)} | ${kb(b.decoded)} |`),
      "",
      `The last requests to finish before the first visit's step was drawn (${fmt(first.drawn)}): ` +
        first.lastBeforeDrawn.map((r) => `\`${r.url}\` (${r.type}, ${fmt(r.end)})`).join(", ") +
        ".",
      "",
      ...chainLines(first),
    );
  }
  for (const error of c.errors) lines.push(`Error: ${error}`, "");
  lines.push(
    (c.consoleErrors.length ? `Console errors: ${c.consoleErrors.join("; ")}.` : "No console errors or page errors.") +
      (c.outsideRequests.length ? ` Requests to other hosts: ${c.outsideRequests.join(", ")}.` : " No request to any host but 127.0.0.1."),
    "",
  );
  return lines;
}
