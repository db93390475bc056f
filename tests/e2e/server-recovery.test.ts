import path from "node:path";
import Database from "better-sqlite3";
import { expect, test } from "./fixtures";
import { CURATOR } from "./staff";
import { type StartedApp, startApp } from "./started-app";

// A server of its own, so the test can read its log, break its database and kill it.
const SUITE_PORT = Number(process.env.E2E_PORT ?? 3100);
const PORT = SUITE_PORT + 1017;
const FOLDER = path.join(process.env.TEST_TMP_DIR ?? "tests/.tmp", `server-recovery-${PORT}`);
const ORIGIN = `http://localhost:${PORT}`;

interface LogLine {
  level: number;
  msg: string;
  requestId?: string;
  digest?: string;
  route?: string;
  serverPid?: number;
  restartInMs?: number;
  err?: { name: string; message: string; stack: string };
}

function logLines(app: StartedApp): LogLine[] {
  return app
    .output()
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as LogLine);
}

async function answers(): Promise<boolean> {
  return fetch(`${ORIGIN}/api/v1/viewport?limit=1`).then(
    (response) => response.ok,
    () => false,
  );
}

test.describe("a server that fails or dies", () => {
  test.describe.configure({ mode: "serial" });
  let app: StartedApp;

  test.beforeAll(async () => {
    test.setTimeout(300_000);
    app = await startApp(PORT, FOLDER);
  });

  test.afterAll(async () => {
    await app?.stop();
  });

  // React reports the failed server render in the console (#441 in production); that failure is what the test makes.
  test.use({ expectedConsoleError: /Server Components render|Minified React error #441|status of 500/ });

  test("a page broken by a corrupted row shows only an error id, which the log has with the request id and the stack", async ({ page }) => {
    await page.goto(`${ORIGIN}/en/sign-in`);
    await page.getByRole("textbox", { name: "Email" }).fill(CURATOR.email);
    await page.getByLabel("Password").fill(CURATOR.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Curation" })).toBeVisible();

    const slug = `broken-history-${Date.now().toString(36)}`;
    const created = await page.request.post(`${ORIGIN}/api/v1/admin/entries`, {
      headers: { Origin: ORIGIN },
      data: { slug, kind: "memorial", translations: { en: { title: `Broken ${slug}` }, ru: { title: "" } } },
    });
    expect(created.status()).toBe(201);
    // What a half-finished manual repair or a bad restore leaves behind: a revision that is not JSON.
    const database = new Database(path.join(FOLDER, "memorial.db"));
    try {
      database.prepare(`UPDATE Revision SET snapshot = '{"title": broken' WHERE entryId = (SELECT id FROM Entry WHERE slug = ?)`).run(slug);
    } finally {
      database.close();
    }

    const response = await page.goto(`${ORIGIN}/en/admin/entries/${slug}/history`);
    const requestId = response!.headers()["x-request-id"];
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    await expect(page.getByRole("heading", { level: 1, name: "Something went wrong on our side" })).toBeVisible();
    const errorId = (await page.getByRole("main").locator("code").textContent())!;
    expect(errorId).toMatch(/^\d+$/);
    const text = await page.content();
    for (const leak of ["SyntaxError", "Unexpected token", "    at ", ".ts:"]) expect(text).not.toContain(leak);

    await expect.poll(() => logLines(app).filter((line) => line.digest === errorId).length).toBe(1);
    const line = logLines(app).find((entry) => entry.digest === errorId)!;
    expect(line).toMatchObject({ level: 50, requestId });
    expect(line.route).toContain("/admin/entries/[slug]/history");
    expect(line.err?.name).toBe("SyntaxError");
    expect(line.err?.stack).toContain("    at ");
  });

  test("a server killed with kill -9 is started again and answers within seconds", async () => {
    test.setTimeout(120_000);
    const started = () => logLines(app).filter((line) => line.msg === "server process started");
    const first = started().at(-1)!.serverPid!;
    process.kill(first, "SIGKILL");
    await expect
      .poll(() => logLines(app).some((line) => line.msg.startsWith("server process died") && line.serverPid === first))
      .toBe(true);
    await expect.poll(() => started().at(-1)!.serverPid, { timeout: 10_000 }).not.toBe(first);
    await expect.poll(answers, { timeout: 90_000, intervals: [500] }).toBe(true);

    // A second death soon after is a crash loop starting: it waits before the next start.
    const second = started().at(-1)!.serverPid!;
    process.kill(second, "SIGKILL");
    await expect
      .poll(() => logLines(app).find((line) => line.msg.startsWith("server process died") && line.serverPid === second)?.restartInMs)
      .toBeGreaterThan(0);
    await expect.poll(answers, { timeout: 90_000, intervals: [500] }).toBe(true);
  });
});
