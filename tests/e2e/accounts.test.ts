import { execFileSync } from "node:child_process";
import type { Page } from "@playwright/test";
import { E2E_DATABASE } from "../../playwright.config";
import { expect, test } from "./fixtures";

const CURATOR = { email: "curator@demo.invalid", password: "demo-curator-password" };
const EDITOR = { email: "editor@demo.invalid", password: "demo-editor-password" };
const ADMIN = { email: "e2e-admin@example.org", password: "e2e-admin-password-1" };

// Sign-in attempts are rate-limited per client address: give each test an address of its own (the
// suite's server trusts the tests as a proxy, see playwright.config.ts).
let client = 0;
test.beforeEach(async ({ page }) => {
  client += 1;
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": `198.51.100.${(process.pid % 200) + client}` });
});

test.beforeAll(() => {
  try {
    execFileSync("npx", ["tsx", "scripts/create-user.ts", "--email", ADMIN.email, "--name", "E2E Admin", "--role", "admin"], {
      env: { ...process.env, DATABASE_URL: `file:./${E2E_DATABASE}`, NEW_USER_PASSWORD: ADMIN.password },
      stdio: "pipe",
    });
  } catch (error) {
    // A second worker finds the account already made: that is fine.
    if (!String((error as { stderr?: Buffer }).stderr).includes("already an account")) throw error;
  }
});

async function signIn(page: Page, account: { email: string; password: string }) {
  await page.goto("/en/sign-in");
  await page.getByRole("textbox", { name: "Email" }).fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test.describe("visitors", () => {
  test("are sent to sign in from every admin page", async ({ page }) => {
    for (const path of ["/en/admin", "/en/admin/users", "/en/admin/audit", "/en/admin/password", "/ru/admin"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/(en|ru)\/sign-in$/);
    }
  });

  test("get 401 from an admin API and nothing changes", async ({ request }) => {
    const response = await request.post("/api/v1/admin/users", {
      data: { email: "intruder@example.org", name: "Intruder", role: "admin", password: "intruder-password" },
    });
    expect(response.status()).toBe(401);
    expect(response.headers()["content-type"]).toContain("application/problem+json");
  });
});

test.describe("staff", () => {
  // The browser logs the refused sign-in requests themselves.
  test.use({ expectedConsoleError: /status of (401|429)/ });

  test("the demo curator signs in and out; a wrong password is refused", async ({ page }) => {
    await signIn(page, { ...CURATOR, password: "not-the-password" });
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("The email or password is not right.");
    await expect(page.getByRole("textbox", { name: "Email" })).toHaveValue(CURATOR.email);
    await page.getByLabel("Password").fill(CURATOR.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Curation" })).toBeVisible();
    await expect(page.getByText("Signed in as Demo Curator (curator)")).toBeVisible();
    // A curator does not manage users.
    await expect(page.getByRole("link", { name: "Users" })).toHaveCount(0);
    await page.goto("/en/admin/users");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Your role does not allow this page.");
    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/en\/sign-in$/);
    await page.goto("/en/admin");
    await expect(page).toHaveURL(/\/en\/sign-in$/);
  });

  test("an editor posting to an admin API gets 403 and nothing changes", async ({ page }) => {
    await signIn(page, EDITOR);
    await expect(page.getByRole("heading", { level: 1, name: "Curation" })).toBeVisible();
    const response = await page.request.post("/api/v1/admin/users", {
      data: { email: "escalation@example.org", name: "Escalation", role: "admin", password: "escalation-password" },
    });
    expect(response.status()).toBe(403);
    const problem = (await response.json()) as { title: string };
    expect(problem.title).toBe("Forbidden");
  });

  test("repeated failed sign-ins are rate-limited", async ({ page }) => {
    await page.goto("/en/sign-in");
    let limited = false;
    for (let attempt = 0; attempt < 8 && !limited; attempt++) {
      await page.getByRole("textbox", { name: "Email" }).fill(CURATOR.email);
      await page.getByLabel("Password").fill(`wrong-password-${attempt}`);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page.getByRole("main").getByRole("alert")).toBeVisible();
      limited = (await page.getByRole("main").getByRole("alert").textContent())?.includes("Too many attempts") ?? false;
    }
    expect(limited).toBe(true);
    // Even the right password is refused until the window passes.
    await page.getByLabel("Password").fill(CURATOR.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Too many attempts. Wait a minute and try again.");
  });

  test("an admin creates an account, with field errors kept on bad input, and sees it in the audit log", async ({ page }) => {
    await signIn(page, ADMIN);
    await page.getByRole("link", { name: "Users" }).click();
    const email = `new-editor-${Date.now()}@example.org`;
    await page.getByRole("textbox", { name: "Email" }).fill(email);
    await page.getByRole("textbox", { name: "Name" }).fill("New Editor");
    await page.getByLabel("Starting password").fill("short");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Use at least 12 characters")).toBeVisible();
    await expect(page.getByRole("textbox", { name: "Email" })).toHaveValue(email);
    await page.getByLabel("Starting password").fill("a-long-enough-password");
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByRole("status")).toHaveText(`Account created for ${email}.`);
    await expect(page.getByRole("cell", { name: email })).toBeVisible();
    await page.getByRole("link", { name: "Audit log" }).click();
    await expect(page.getByRole("row", { name: new RegExp(`user\\.create.*${email.replace(/\./g, "\\.")}`) })).toBeVisible();
    await expect(page.getByRole("row", { name: /auth\.sign-in/ }).first()).toBeVisible();
  });
});
