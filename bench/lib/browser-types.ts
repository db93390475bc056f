import type { RunInfo } from "./types";

/** The JSON bench/browser-bench.ts writes to bench/out/browser.json and bench/report-browser.ts reads. */

export interface RedrawRun {
  /** Action to the last DOM mutation of the pane (ms); null when nothing changed within the time limit. */
  total: number | null;
  changed: boolean;
  /**
   * Action to the first animation frame that shows the final set of markers or items (the frame after
   * the last node was added or removed or changed class): when the new view's data is first drawn.
   */
  firstDrawn?: number | null;
  /** Action to the end of the view's own movement (zoom animation, drag, inertia); null when nothing moved. */
  settled?: number | null;
  /** Action to the first viewport request, its duration, and response end to the last mutation. */
  toRequest: number | null;
  request: number | null;
  responseToLastMutation: number | null;
  requests: number;
}

export type SelectionRun = { total: number; mapAt: number; timelineAt: number; entry: string } | { error: string };

export interface ScriptInfo {
  url: string;
  gzipBytes: number;
  rawBytes: number;
  initial: boolean;
  contains: string[];
}

export interface BrowserSizeResult {
  size: number;
  runs: number;
  navigation: (number | null)[];
  navigationDetail: {
    domContentLoaded: number;
    firstViewportResponse: number | null;
    mapChunkLoaded: number | null;
    timelineChunkLoaded: number | null;
  }[];
  mapZoom: RedrawRun[];
  timelineZoom: RedrawRun[];
  /** The same zooms in visits with prefers-reduced-motion: no animation between the click and the redraw. */
  mapZoomReduced?: RedrawRun[];
  timelineZoomReduced?: RedrawRun[];
  /** A mouse drag of the map (held still before the release, so no inertia), timed from the release. */
  mapPan?: RedrawRun[];
  mapPanReduced?: RedrawRun[];
  /** A mouse drag of the timeline, timed from the release (its last move). */
  timelineDrag?: RedrawRun[];
  timelineDragReduced?: RedrawRun[];
  /** clicks: how many presses of the map's "Zoom in" it took before "Entries in view" listed an entry. */
  selection: (SelectionRun & { clicks?: number })[];
  /** The same after pressing "Zoom timeline in" until the timeline draws entries, not counts (clicks: how many presses). */
  narrowedSelection: (SelectionRun & { clicks?: number })[];
  viewportRequestsOnLoad: number[];
  outsideRequests: string[];
  consoleErrors: string[];
  js: { scripts: ScriptInfo[]; initialGzip: number; totalGzip: number; initialRaw: number; totalRaw: number; transferTotal: number } | null;
  errors: string[];
}

export interface BrowserBenchOutput extends RunInfo {
  chromium: string;
  results: BrowserSizeResult[];
}
