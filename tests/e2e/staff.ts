import { execFileSync } from "node:child_process";
import type { APIRequestContext, Browser, Page } from "@playwright/test";
import { E2E_BASE_URL, E2E_DATABASE } from "../../playwright.config";
import { expect } from "./fixtures";

export const EDITOR = { email: "editor@demo.invalid", password: "demo-editor-password" };
export const CURATOR = { email: "curator@demo.invalid", password: "demo-curator-password" };
export const ADMIN = { email: "e2e-staff-admin@example.org", password: "e2e-staff-admin-password" };

/** Makes a staff account the way a real installation does (`npm run user:create`); one already there is fine. */
export function createAccount(account: { email: string; password: string }, name: string, role: string): void {
  try {
    execFileSync("npx", ["tsx", "scripts/create-user.ts", "--email", account.email, "--name", name, "--role", role], {
      env: { ...process.env, DATABASE_URL: `file:./${E2E_DATABASE}`, NEW_USER_PASSWORD: account.password },
      stdio: "pipe",
    });
  } catch (error) {
    if (!String((error as { stderr?: Buffer }).stderr).includes("already an account")) throw error;
  }
}

/** Admins are never seeded: make one, once per run. */
export function ensureAdmin(): void {
  createAccount(ADMIN, "E2E Staff Admin", "admin");
}

const WRITES = new Set(["post", "put", "patch", "delete", "fetch"]);

/**
 * The page's `request` (the API client that shares its session) naming the app's origin on every
 * call, as a script using a staff session must (docs/admin-api.md; a write with the session and no
 * Origin is refused, lib/http/refuse-cross-site-write.ts). A call that sets Origin or Sec-Fetch-Site
 * itself says where it comes from, and is sent as it is.
 */
export function namingOrigin(page: Page): Page {
  const api = page.context().request;
  const origin = new URL(E2E_BASE_URL).origin;
  type Options = { headers?: Record<string, string> } | undefined;
  const named = new Proxy(api, {
    get(target, name) {
      const value = Reflect.get(target, name, target) as unknown;
      if (typeof value !== "function") return value;
      if (typeof name !== "string" || !WRITES.has(name)) return value.bind(target);
      return (url: unknown, options: Options) => {
        const said = Object.keys(options?.headers ?? {}).some((header) => /^(origin|sec-fetch-site)$/i.test(header));
        return value.call(target, url, said ? options : { ...options, headers: { Origin: origin, ...options?.headers } });
      };
    },
  }) satisfies APIRequestContext;
  Object.defineProperty(page, "request", { value: named });
  return page;
}

let client = 0;

/**
 * A signed-in member of staff in a browser context of their own. Each sign-in comes from its own
 * client address, which the suite's server believes because it trusts the tests as a proxy
 * (TRUSTED_PROXIES in playwright.config.ts), so the sign-in limit (5 a minute per address) never trips
 * across tests.
 */
export async function staffPage(browser: Browser, account: { email: string; password: string }): Promise<Page> {
  client += 1;
  // 100.64.0.0/10 is used by no other test file, so no other test's sign-ins count against these.
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": `100.64.${process.pid % 250}.${client % 250}` } });
  const page = await context.newPage();
  await page.goto("/en/sign-in");
  await page.getByRole("textbox", { name: "Email" }).fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Curation" })).toBeVisible();
  return namingOrigin(page);
}
