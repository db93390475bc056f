import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { StaffClient } from "../staff-client";
import { type RunningServer, type ServerPlace, serverPlace, startServers } from "../trust-server";
import { checkIntegrity, type IntegrityCheck, type RecordCounts, unfinishedImports } from "./check-integrity";
import { type DateParserFigures, runDateParserProperty } from "./date-parser-property";
import { type HeaderFigures, sweepHeaders } from "./headers-sweep";
import { hostileFiles } from "./hostile-images";
import { hostileImportFiles } from "./hostile-imports";
import { caseAt, describeCase, replayCase, runSurface, type Sending, type SurfaceFigures } from "./run-surface";
import { type Fixtures, SURFACES, type Surface } from "./surfaces";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const CURATOR = { email: "curator@demo.invalid", password: "demo-curator-password" };
const ADMIN = { email: "trust-admin@example.org", password: "trust-admin-password" };
/** A request with no answer after this long is a hang. */
const TIMEOUT_MS = 20_000;
const START_MS = 15 * 60_000;
/** How long the import jobs the surfaces started may take to end once the last input is answered. */
const IMPORTS_SETTLE_MS = 5 * 60_000;

export interface HostileInputFigures {
  seed: number;
  dates: DateParserFigures;
  surfaces: SurfaceFigures[];
  integrity: IntegrityCheck;
  /** Records whose count moved by other than the 2xx answers that made them: a write refused but kept, or acknowledged but missing. */
  countMismatches: string[];
  /** The security headers of every route's answer, checked once on the first instance. */
  headers?: HeaderFigures;
  seconds: number;
  workdir: string;
}

/** Makes the records the surfaces change: an entry, an article, an image on the entry, and an editor account. */
async function makeFixtures(curator: StaffClient, admin: StaffClient): Promise<Omit<Fixtures, "files" | "importFiles">> {
  const ok = async (response: Response, what: string) => {
    if (!response.ok) throw new Error(`Making the ${what} fixture failed: ${response.status} ${await response.text()}`);
    return (await response.json()) as Record<string, unknown>;
  };
  const entrySlug = "trust-fuzz-fixture-entry";
  const articleSlug = "trust-fuzz-fixture-article";
  await ok(
    await curator.json("POST", "/api/v1/admin/entries", {
      slug: entrySlug,
      kind: "place",
      translations: { en: { title: "Fuzz fixture" }, ru: { title: "" } },
    }),
    "entry",
  );
  await ok(
    await curator.json("POST", "/api/v1/admin/articles", {
      slug: articleSlug,
      translations: { en: { title: "Fuzz fixture", body: "Body" } },
    }),
    "article",
  );
  const [png] = await hostileFiles().then((files) => files.filter((file) => file.label === "png"));
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(png!.bytes)], { type: "image/png" }), "fixture.png");
  form.set("entrySlug", entrySlug);
  form.set("caption_en", "Fixture");
  form.set("credit", "Trust harness");
  form.set("licence", "CC0 1.0");
  const media = await ok(await curator.request("/api/v1/admin/media", { method: "POST", body: form }), "image");
  const victim = await ok(
    await admin.json("POST", "/api/v1/admin/users", {
      email: "trust-victim@example.org",
      name: "Fuzz Victim",
      role: "editor",
      password: "trust-victim-password",
    }),
    "account",
  );
  return { entrySlug, articleSlug, mediaId: String(media.id), victimId: String(victim.id) };
}

/** What one server's share of the surfaces found, and its database afterwards. */
interface ServerShare {
  headers?: HeaderFigures;
  surfaces: SurfaceFigures[];
  integrity: IntegrityCheck;
  countMismatches: string[];
}

/**
 * Throws hostile input at the app: the date parser in this process, then every public API parameter,
 * every admin API body, image uploads and sign-in through the production build on a fresh database.
 * Counts per surface what came back, then checks the database: integrity, every record whole, and
 * exactly as many new records as 2xx answers said were made. `servers` app instances (each with its
 * own database, on ports port, port + 1, …) take the surfaces between them and run at once: on a busy
 * machine one server process gets one share of the CPU, and each input's cost is the server's.
 * `replay` ("<surface number>#<input>") sends one input of the seeded sequence alone and prints it
 * with the answer.
 */
export async function runHostileInputTest(options: {
  runs: number;
  seed: number;
  port: number;
  workdir: string;
  servers: number;
  concurrency: number;
  /** Only these surfaces, by number (1 is the first): to finish or repeat part of a run. */
  only?: number[];
  replay?: string;
  progress: (line: string) => void;
}): Promise<HostileInputFigures> {
  const { runs, seed, workdir, progress } = options;
  const started = Date.now();
  progress(`The date parser, in process: ${runs} inputs…`);
  const dates = runDateParserProperty({ runs, seed });

  const numbered = SURFACES.map((surface, index) => ({ surface, number: index + 1 })).filter(
    ({ number }) => !options.only || options.only.includes(number),
  );
  const servers = options.replay ? 1 : Math.max(1, Math.min(options.servers, numbered.length));
  const places = Array.from({ length: servers }, (_, i) =>
    serverPlace(options.port + i, servers === 1 ? workdir : path.join(workdir, `server-${i + 1}`)),
  );
  progress(
    `Starting ${servers} app instance(s) on port(s) ${places.map((place) => place.port).join(", ")}, each on a fresh database in ${workdir}…`,
  );
  // The harness stands in for a proxy, so each sign-in attempt can come from an address of its own.
  const running = await startServers(places, START_MS, { TRUSTED_PROXIES: "127.0.0.1,::1" });
  let shares: ServerShare[];
  try {
    shares = await Promise.all(
      running.map((server, i) =>
        runOnServer({
          ...options,
          server,
          place: places[i]!,
          surfaces: numbered.filter((_, index) => index % servers === i),
          sweepHeaders: i === 0,
        }),
      ),
    );
  } finally {
    // Also when one share fails: no instance is left running.
    await Promise.all(running.map((server) => server.crash()));
  }
  const byNumber = new Map(shares.flatMap((share) => share.surfaces.map((figures) => [figures.name, figures] as const)));
  const integrities = shares.map((share) => share.integrity.integrity);
  return {
    seed,
    dates,
    surfaces: SURFACES.flatMap((surface) => byNumber.get(surface.name) ?? []),
    integrity: {
      integrity: integrities.every((result) => result === "ok") ? "ok" : integrities.join(" | "),
      counts: shares[0]!.integrity.counts,
      imports: shares[0]!.integrity.imports,
      partial: shares.flatMap((share) => share.integrity.partial),
    },
    countMismatches: shares.flatMap((share) => share.countMismatches),
    headers: shares[0]!.headers,
    seconds: Math.round((Date.now() - started) / 1000),
    workdir,
  };
}

/** One running app instance on its fresh database: its fixtures, and its share of the surfaces, one after another. */
async function runOnServer(options: {
  runs: number;
  seed: number;
  server: RunningServer;
  place: ServerPlace;
  concurrency: number;
  surfaces: { surface: Surface; number: number }[];
  sweepHeaders: boolean;
  replay?: string;
  progress: (line: string) => void;
}): Promise<ServerShare> {
  const { runs, seed, server, place, progress } = options;
  const { port } = place;
  await promisify(execFile)(
    path.join(ROOT, "node_modules", ".bin", "tsx"),
    ["scripts/create-user.ts", "--email", ADMIN.email, "--name", "Trust Admin", "--role", "admin"],
    { cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${place.databaseFile}`, NEW_USER_PASSWORD: ADMIN.password } },
  );
  const curator = await StaffClient.signIn(server.url, CURATOR.email, CURATOR.password);
  const admin = await StaffClient.signIn(server.url, ADMIN.email, ADMIN.password);
  const fixtures: Fixtures = {
    ...(await makeFixtures(curator, admin)),
    files: await hostileFiles(),
    importFiles: await hostileImportFiles(),
  };
  const sending: Sending = {
    base: server.url,
    cookies: { curator: curator.cookie, admin: admin.cookie },
    timeoutMs: TIMEOUT_MS,
    concurrency: options.concurrency,
  };

  if (options.replay) {
    const [surfaceNumber, index] = options.replay.split("#").map(Number);
    const surface = SURFACES[surfaceNumber! - 1];
    if (!surface || !Number.isInteger(index)) throw new Error(`--replay wants <surface number>#<input>, e.g. 3#17`);
    const input = caseAt(surface, fixtures, seed, index!);
    progress(`Replaying ${surface.name} #${index} (seed ${seed}): ${describeCase(input)}`);
    progress(`Answer: ${await replayCase(input, sending)}`);
  }

  let headers: HeaderFigures | undefined;
  if (options.sweepHeaders && !options.replay) {
    progress("The security headers of every route…");
    headers = await sweepHeaders({ base: server.url, staffCookie: curator.cookie, entrySlug: fixtures.entrySlug });
    progress(`   ${headers.routes} routes, ${headers.requests} answers, ${headers.failures.length} without the headers they must carry`);
  }
  const { counts: before, imports: importsBefore } = checkIntegrity(place);
  const surfaces: SurfaceFigures[] = [];
  for (const { surface, number } of options.surfaces) {
    if (options.replay) break;
    progress(`${number}. ${surface.name}: ${runs} inputs (port ${port})…`);
    const figures = await runSurface({ surface, fixtures, runs, seed, sending, progress });
    surfaces.push(figures);
    progress(
      `   ${number}. ${figures.tried} tried in ${figures.seconds} s: ${Object.entries(figures.byStatus)
        .map(([group, count]) => `${count} × ${group}`)
        .join(", ")}; ${figures.serverErrors} 5xx, ${figures.hangs} hangs, ${figures.unclean} 4xx without a problem body`,
    );
  }
  const countMismatches: string[] = [];
  // Import jobs go on after their upload is answered: their entries are counted once they have ended.
  const settleBy = Date.now() + IMPORTS_SETTLE_MS;
  while (unfinishedImports(place.databaseFile) > 0 && Date.now() < settleBy) await new Promise((resolve) => setTimeout(resolve, 1000));
  const integrity = checkIntegrity(place);
  if (integrity.imports.unfinished > 0) {
    countMismatches.push(
      `import jobs (port ${port}): ${integrity.imports.unfinished} still queued or running ${IMPORTS_SETTLE_MS / 1000} s after the last input`,
    );
  }
  const imported = integrity.imports.createdEntries - importsBefore.createdEntries;
  for (const kind of Object.keys(before) as (keyof RecordCounts)[]) {
    const acknowledged = surfaces.reduce((sum, figures) => sum + (figures.created[kind] ?? 0), 0) + (kind === "entry" ? imported : 0);
    const grew = integrity.counts[kind] - before[kind];
    if (grew !== acknowledged) {
      const also = kind === "entry" ? ` (${imported} of them by import jobs)` : "";
      countMismatches.push(`${kind} (port ${port}): ${grew} new rows, ${acknowledged} acknowledged${also}`);
    }
  }
  return { headers, surfaces, integrity, countMismatches };
}
