import fc from "fast-check";
import type { HostileFile } from "./hostile-images";
import { knownFinding } from "./known-findings";
import type { Fixtures, HttpCase, Sender, Surface } from "./surfaces";

/** What one surface's run found. */
export interface SurfaceFigures {
  name: string;
  tried: number;
  /** Answers by status class: "2xx", "4xx"… */
  byStatus: Record<string, number>;
  serverErrors: number;
  hangs: number;
  /** 4xx answers from /api/v1 without a problem document (RFC 9457), or from the auth routes without JSON. */
  unclean: number;
  /**
   * Refused by Node's HTTP server before the app saw it (431 headers too large, 414, 413 and 400 with
   * no body): a URL of tens of kilobytes never reaches a route, and that is a clean refusal.
   */
  refusedBeforeTheApp: number;
  /** Answers that are known findings outside the harness's code (known-findings.ts), by finding. */
  known: Record<string, number>;
  /** 2xx answers to requests that create something, by what they create. */
  created: Record<string, number>;
  /** The first few failures: which input (its index in the seeded sequence) and what came back. */
  failures: string[];
  seconds: number;
}

/** How a request is sent: the signed-in senders' cookies, the app's address, the per-request limit. */
export interface Sending {
  base: string;
  cookies: Record<Exclude<Sender, "visitor">, string>;
  timeoutMs: number;
  concurrency: number;
}

let address = 0;
/** A new client address for each sign-in attempt (TEST-NET and benchmarking ranges: nobody's real address). */
function freshAddress(): string {
  address += 1;
  return `198.18.${Math.floor(address / 250) % 250}.${address % 250}`;
}

function bodyOf(input: HttpCase): { body?: BodyInit; contentType?: string } {
  if (!input.body) return {};
  if ("form" in input.body) {
    const form = new FormData();
    for (const [name, value] of input.body.form) {
      if (typeof value === "string") form.append(name, value);
      else form.append(name, new Blob([new Uint8Array((value as HostileFile).bytes)], { type: value.type }), value.name);
    }
    return { body: form };
  }
  return { body: new Uint8Array(input.body.bytes), contentType: input.body.contentType };
}

/** Describes a case in a line: method, path and the start of its body. */
export function describeCase(input: HttpCase): string {
  const path = input.path.length > 160 ? `${input.path.slice(0, 160)}… (${input.path.length} chars)` : input.path;
  let body = "";
  if (input.body && "form" in input.body) {
    body = ` form ${input.body.form.map(([name, value]) => `${name}=${typeof value === "string" ? JSON.stringify(value.slice(0, 40)) : `[${value.label}]`}`).join(" ")}`;
  } else if (input.body) {
    const text = input.body.bytes.subarray(0, 200).toString("utf8");
    body = ` ${input.body.contentType || "(no type)"} ${JSON.stringify(text)}${input.body.bytes.length > 200 ? `… (${input.body.bytes.length} bytes)` : ""}`;
  }
  return `${input.method} ${path} as ${input.sender}${body}`;
}

type Outcome =
  | { kind: "answer"; status: number; clean: boolean; empty: boolean; excerpt: string }
  | { kind: "hang" }
  | { kind: "no answer"; error: string };

async function send(input: HttpCase, sending: Sending): Promise<Outcome> {
  const headers = new Headers({ Origin: sending.base, Accept: "application/json" });
  if (input.sender !== "visitor") headers.set("Cookie", sending.cookies[input.sender]);
  if (input.freshAddress) headers.set("X-Forwarded-For", freshAddress());
  const { body, contentType } = bodyOf(input);
  if (contentType !== undefined && contentType !== "") headers.set("Content-Type", contentType);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), sending.timeoutMs);
  try {
    // A redirect (an address with a trailing slash) is an answer; following it would resend a spent body.
    const response = await fetch(`${sending.base}${input.path}`, {
      method: input.method,
      headers,
      body,
      signal: controller.signal,
      redirect: "manual",
    });
    const text = await response.text();
    const type = response.headers.get("content-type") ?? "";
    const isAuth = input.path.startsWith("/api/auth/");
    const clean =
      response.status < 400 ||
      response.status >= 500 ||
      (isAuth ? text === "" || type.includes("json") : type.includes("application/problem+json") && isJson(text));
    return { kind: "answer", status: response.status, clean, empty: text === "", excerpt: text.slice(0, 200) };
  } catch (error) {
    if (controller.signal.aborted) return { kind: "hang" };
    return { kind: "no answer", error: error instanceof Error ? `${error.message} ${String(error.cause ?? "")}` : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** A surface's own seed: the run's seed and its name, so each surface's sequence replays alone. */
export function surfaceSeed(seed: number, name: string): number {
  let hash = seed | 0;
  for (const char of name) hash = (Math.imul(hash, 31) + char.charCodeAt(0)) | 0;
  return hash;
}

/** How long a surface's warm-up request may take (a cold start on a busy machine). */
const WARM_UP_MS = 180_000;

/** What Node's HTTP server answers, with no body, to a request it will not hand to the app. */
const NODE_REFUSALS = new Set([400, 413, 414, 431]);

/** Inputs drawn at once; input i of a run is input i % CHUNK of the chunk seeded with the surface's seed + ⌊i / CHUNK⌋. */
const CHUNK = 100;

/**
 * Sends `runs` inputs drawn from the surface's generator with a fixed seed (the same seed gives the
 * same inputs), `concurrency` at a time, each with its own time limit, and counts what came back.
 * A refused connection (the server died) counts as a 5xx.
 */
export async function runSurface(options: {
  surface: Surface;
  fixtures: Fixtures;
  runs: number;
  seed: number;
  sending: Sending;
  progress: (line: string) => void;
}): Promise<SurfaceFigures> {
  const { surface, fixtures, runs, seed, sending } = options;
  const started = Date.now();
  const cases = surface.cases(fixtures);
  const figures: SurfaceFigures = {
    name: surface.name,
    tried: 0,
    byStatus: {},
    serverErrors: 0,
    hangs: 0,
    unclean: 0,
    refusedBeforeTheApp: 0,
    known: {},
    created: {},
    failures: [],
    seconds: 0,
  };
  const fail = (index: number, input: HttpCase, what: string) => {
    if (figures.failures.length < 10) figures.failures.push(`#${index}: ${what}: ${describeCase(input)}`);
  };
  let inputs: HttpCase[] = [];
  let first = 0;
  let next = 0;
  async function worker() {
    for (;;) {
      const index = next++;
      const input = inputs[index - first];
      if (!input) return;
      const outcome = await send(input, sending);
      figures.tried += 1;
      if (outcome.kind === "hang") {
        figures.hangs += 1;
        fail(index, input, `no answer within ${sending.timeoutMs / 1000} s`);
        continue;
      }
      if (outcome.kind === "no answer") {
        figures.serverErrors += 1;
        fail(index, input, `connection failed (${outcome.error})`);
        continue;
      }
      const group = `${Math.floor(outcome.status / 100)}xx`;
      figures.byStatus[group] = (figures.byStatus[group] ?? 0) + 1;
      const known =
        outcome.status >= 400 && (outcome.status >= 500 || !outcome.clean)
          ? knownFinding({ path: input.path, status: outcome.status })
          : undefined;
      if (known) {
        figures.known[known.name] = (figures.known[known.name] ?? 0) + 1;
      } else if (outcome.empty && NODE_REFUSALS.has(outcome.status)) {
        figures.refusedBeforeTheApp += 1;
      } else if (outcome.status >= 500) {
        figures.serverErrors += 1;
        fail(index, input, `${outcome.status} ${outcome.excerpt}`);
      } else if (!outcome.clean) {
        figures.unclean += 1;
        fail(index, input, `${outcome.status} without a problem document: ${outcome.excerpt}`);
      } else if (outcome.status < 300 && input.creates) {
        figures.created[input.creates] = (figures.created[input.creates] ?? 0) + 1;
      }
    }
  }
  for (const path of surface.warmUp ?? []) {
    await fetch(`${sending.base}${path}`, { signal: AbortSignal.timeout(WARM_UP_MS) }).catch(() => undefined);
  }
  const reporter = setInterval(() => options.progress(`  ${surface.name}: ${figures.tried}/${runs}`), 30_000);
  try {
    // Drawn a chunk at a time: some inputs are megabytes, and 10,000 of them at once would not fit.
    for (first = 0; first < runs; first += CHUNK) {
      inputs = fc.sample(cases, { seed: surfaceSeed(seed, surface.name) + first / CHUNK, numRuns: Math.min(CHUNK, runs - first) });
      next = first;
      await Promise.all(Array.from({ length: sending.concurrency }, worker));
    }
  } finally {
    clearInterval(reporter);
  }
  figures.seconds = Math.round((Date.now() - started) / 1000);
  return figures;
}

/** Input `index` of a surface's seeded sequence, to replay one failure alone. */
export function caseAt(surface: Surface, fixtures: Fixtures, seed: number, index: number): HttpCase {
  const chunk = Math.floor(index / CHUNK);
  const inputs = fc.sample(surface.cases(fixtures), { seed: surfaceSeed(seed, surface.name) + chunk, numRuns: CHUNK });
  return inputs[index % CHUNK]!;
}

/** Sends one input and returns what came back, in full, for a replay. */
export async function replayCase(input: HttpCase, sending: Sending): Promise<string> {
  const outcome = await send(input, sending);
  if (outcome.kind !== "answer") return outcome.kind === "hang" ? "no answer (hang)" : `no answer: ${outcome.error}`;
  return `${outcome.status}${outcome.clean ? "" : " (not a problem document)"}: ${outcome.excerpt}`;
}
