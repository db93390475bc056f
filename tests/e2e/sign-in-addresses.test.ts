import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { CURATOR } from "./staff";
import { type StartedApp, startApp } from "./started-app";

// A port of its own, away from 3000 and from the suite's server (E2E_PORT, as in playwright.config.ts).
const SUITE_PORT = Number(process.env.E2E_PORT ?? 3100);
const BARE_PORT = SUITE_PORT + 1000;
const FOLDER = path.join(process.env.TEST_TMP_DIR ?? "tests/.tmp", `bare-start-${BARE_PORT}`);

async function signIn(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/en/sign-in`);
  await page.getByRole("textbox", { name: "Email" }).fill(CURATOR.email);
  await page.getByLabel("Password").fill(CURATOR.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test.describe("npm start with only PORT set, as the README starts it", () => {
  test.describe.configure({ mode: "serial" });
  let app: StartedApp;

  test.beforeAll(async () => {
    // A fresh database is migrated and seeded before the server answers.
    test.setTimeout(300_000);
    app = await startApp(BARE_PORT, FOLDER);
  });

  test.afterAll(async () => {
    await app?.stop();
  });

  for (const host of ["127.0.0.1", "localhost"]) {
    test(`signs the demo curator in at http://${host}`, async ({ page }) => {
      await signIn(page, `http://${host}:${BARE_PORT}`);
      await expect(page.getByRole("heading", { level: 1, name: "Curation" }), app.output()).toBeVisible();
      await expect(page).toHaveURL(`http://${host}:${BARE_PORT}/en/admin`);
    });
  }

  // Last: it spends this address's sign-in attempts for the next minute.
  test("counts sign-in attempts by the connection, whatever address the client claims in its headers", async ({ request }) => {
    const origin = `http://127.0.0.1:${BARE_PORT}`;
    const statuses: number[] = [];
    for (let n = 1; n <= 6; n++) {
      const response = await request.post(`${origin}/api/auth/sign-in/email`, {
        headers: { Origin: origin, "X-Forwarded-For": `198.51.100.${n}`, "X-Memorial-Client-Address": `203.0.113.${n}` },
        data: { email: `nobody-${n}@example.org`, password: "not-the-password" },
      });
      statuses.push(response.status());
    }
    // Five a minute per address, the two sign-ins above included: refused before the sixth, and from then on.
    const refused = statuses.indexOf(429);
    expect(refused, `${statuses}\n${app.output()}`).toBeGreaterThan(0);
    expect(statuses.slice(0, refused).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(refused).every((status) => status === 429)).toBe(true);
  });
});

test.describe("an address the server does not trust", () => {
  // The browser logs the refused request itself.
  test.use({ expectedConsoleError: /status of 403/ });

  test("is refused on the form with the setting to change, never as a wrong password", async ({ page }) => {
    // The suite's server has PUBLIC_BASE_URL=http://localhost:<port>, so the same server at 127.0.0.1 is another origin.
    const origin = `http://127.0.0.1:${SUITE_PORT}`;
    await signIn(page, origin);
    const alert = page.getByRole("main").getByRole("alert");
    await expect(alert).toContainText(`does not accept staff sign-ins from ${origin}`);
    await expect(alert).toContainText("TRUSTED_ORIGINS");
    await expect(alert).not.toContainText("password");
  });
});
