import { execFileSync } from "node:child_process";
import path from "node:path";
import { StaffClient } from "../staff-client";
import { type RunningServer, serverPlace, startServer } from "../trust-server";
import { checkIntegrity, type IntegrityCheck, type RecordCounts } from "./check-integrity";
import { type DateParserFigures, runDateParserProperty } from "./date-parser-property";
import { hostileFiles } from "./hostile-images";
import { caseAt, describeCase, replayCase, runSurface, type Sending, type SurfaceFigures } from "./run-surface";
import { type Fixtures, SURFACES } from "./surfaces";

const ROOT = path.resolve(__dirname, "..", "..", "..");
const CURATOR = { email: "curator@demo.invalid", password: "demo-curator-password" };
const ADMIN = { email: "trust-admin@example.org", password: "trust-admin-password" };
/** A request with no answer after this long is a hang. */
const TIMEOUT_MS = 20_000;
const CONCURRENCY = 4;
const START_MS = 15 * 60_000;

export interface HostileInputFigures {
  seed: number;
  dates: DateParserFigures;
  surfaces: SurfaceFigures[];
  integrity: IntegrityCheck;
  /** Records whose count moved by other than the 2xx answers that made them: a write refused but kept, or acknowledged but missing. */
  countMismatches: string[];
  seconds: number;
  workdir: string;
}

/** Makes the records the surfaces change: an entry, an article, an image on the entry, and an editor account. */
async function makeFixtures(curator: StaffClient, admin: StaffClient): Promise<Omit<Fixtures, "files">> {
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

/**
 * Throws hostile input at the app: the date parser in this process, then every public API parameter,
 * every admin API body, image uploads and sign-in through the production build on a fresh database.
 * Counts per surface what came back, then checks the database: integrity, every record whole, and
 * exactly as many new records as 2xx answers said were made. `replay` ("<surface number>#<input>")
 * sends one input of the seeded sequence alone and prints it with the answer.
 */
export async function runHostileInputTest(options: {
  runs: number;
  seed: number;
  port: number;
  workdir: string;
  replay?: string;
  progress: (line: string) => void;
}): Promise<HostileInputFigures> {
  const { runs, seed, port, workdir, progress } = options;
  const started = Date.now();
  progress(`The date parser, in process: ${runs} inputs…`);
  const dates = runDateParserProperty({ runs, seed });

  const place = serverPlace(port, workdir);

  progress(`Starting the app on port ${port} with a fresh database in ${workdir}…`);
  // The harness stands in for a proxy, so each sign-in attempt can come from an address of its own.
  const server: RunningServer = await startServer(place, START_MS, { TRUSTED_PROXIES: "127.0.0.1,::1" });
  try {
    execFileSync(
      path.join(ROOT, "node_modules", ".bin", "tsx"),
      ["scripts/create-user.ts", "--email", ADMIN.email, "--name", "Trust Admin", "--role", "admin"],
      { cwd: ROOT, env: { ...process.env, DATABASE_URL: `file:${place.databaseFile}`, NEW_USER_PASSWORD: ADMIN.password }, stdio: "pipe" },
    );
    const curator = await StaffClient.signIn(server.url, CURATOR.email, CURATOR.password);
    const admin = await StaffClient.signIn(server.url, ADMIN.email, ADMIN.password);
    const fixtures: Fixtures = { ...(await makeFixtures(curator, admin)), files: await hostileFiles() };
    const sending: Sending = {
      base: server.url,
      cookies: { curator: curator.cookie, admin: admin.cookie },
      timeoutMs: TIMEOUT_MS,
      concurrency: CONCURRENCY,
    };

    if (options.replay) {
      const [surfaceNumber, index] = options.replay.split("#").map(Number);
      const surface = SURFACES[surfaceNumber! - 1];
      if (!surface || !Number.isInteger(index)) throw new Error(`--replay wants <surface number>#<input>, e.g. 3#17`);
      const input = caseAt(surface, fixtures, seed, index!);
      progress(`Replaying ${surface.name} #${index} (seed ${seed}): ${describeCase(input)}`);
      progress(`Answer: ${await replayCase(input, sending)}`);
    }

    const before: RecordCounts = checkIntegrity(place).counts;
    const surfaces: SurfaceFigures[] = [];
    for (const [number, surface] of SURFACES.entries()) {
      if (options.replay) break;
      progress(`${number + 1}. ${surface.name}: ${runs} inputs…`);
      const figures = await runSurface({ surface, fixtures, runs, seed, sending, progress });
      surfaces.push(figures);
      progress(
        `   ${figures.tried} tried in ${figures.seconds} s: ${Object.entries(figures.byStatus)
          .map(([group, count]) => `${count} × ${group}`)
          .join(", ")}; ${figures.serverErrors} 5xx, ${figures.hangs} hangs, ${figures.unclean} 4xx without a problem body`,
      );
    }
    const integrity = checkIntegrity(place);
    const countMismatches: string[] = [];
    for (const kind of Object.keys(before) as (keyof RecordCounts)[]) {
      const acknowledged = surfaces.reduce((sum, figures) => sum + (figures.created[kind] ?? 0), 0);
      const grew = integrity.counts[kind] - before[kind];
      if (grew !== acknowledged) countMismatches.push(`${kind}: ${grew} new rows, ${acknowledged} acknowledged with 2xx`);
    }
    return { seed, dates, surfaces, integrity, countMismatches, seconds: Math.round((Date.now() - started) / 1000), workdir };
  } finally {
    await server.crash();
  }
}
