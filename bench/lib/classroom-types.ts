import type { Machine } from "./common";

/** What bench/classroom-bench.ts measures (bench/out/classroom.json). */

/** One press of → in presentation mode, timed on the page's clock from the keydown. */
export interface StepRun {
  from: number;
  to: number;
  /** Keydown → the first frame painted after the new step's title and progress were in the page. */
  drawn: number | null;
  /** Keydown → the map's flight ended (its moveend), when the step moved the map. */
  mapSettled: number | null;
  /** Keydown → the timeline's animation ended (its rangechanged), when the step moved the timeline. */
  timelineSettled: number | null;
}

/** Bytes of one kind of resource the first load fetched. */
export interface BytesByType {
  type: string;
  requests: number;
  /** On the wire (compressed, with headers), as the throttled link carried them. */
  transferred: number;
  /** After decompression. */
  decoded: number;
}

/** One cold visit to the first step on the slow school profile. */
export interface SlowRun {
  /** Navigation start → the step's title painted. */
  text: number | null;
  /** Navigation start → the map shows the step's marker. */
  map: number | null;
  /** Navigation start → the timeline shows an item. */
  timeline: number | null;
  /** The first step drawn: the later of text, map and timeline. */
  drawn: number | null;
  /** Navigation start → no request in flight for 1 s. */
  quiet: number | null;
  bytes: BytesByType[];
  /** Bytes on the wire of the requests that had finished when the step was drawn: at the profile's speed they alone take bytes ÷ throughput. */
  transferredBeforeDrawn: number;
  /** The requests still loading when the step was drawn, and the last to finish before it (what it waited for). */
  lastBeforeDrawn: { url: string; type: string; end: number }[];
  /** Every request that had finished when the step was drawn, in the order they started: the chain the drawing waited on. */
  chain?: ChainRequest[];
}

/** One request of a cold visit, times from the navigation's start. */
export interface ChainRequest {
  url: string;
  type: string;
  start: number;
  end: number;
  transferred: number;
  /** What asked for it: the parser (the document), or the script, stylesheet or preload whose address is given. */
  initiator: string;
}

export interface ClassroomBenchOutput {
  generatedAt: string;
  machine: Machine;
  loadAverageStart: number[];
  loadAverageEnd: number[];
  seconds: number;
  chromium: string;
  tour: string;
  /** The language of the page measured (English when absent). */
  locale?: string;
  profile: { downKbps: number; upKbps: number; rttMs: number };
  /** When each part was measured: a run with --only keeps the other part, and its date, from the run before. */
  measuredAt?: { steps: string | null; slow: string | null };
  steps: StepRun[];
  stepsReduced: StepRun[];
  slow: SlowRun[];
  errors: string[];
  consoleErrors: string[];
  outsideRequests: string[];
}
