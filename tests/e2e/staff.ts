import type { Browser, Page } from "@playwright/test";
import { expect } from "./fixtures";

export const EDITOR = { email: "editor@demo.invalid", password: "demo-editor-password" };
export const CURATOR = { email: "curator@demo.invalid", password: "demo-curator-password" };

let client = 0;

/**
 * A signed-in member of staff in a browser context of their own. Each sign-in comes from its own
 * client address, so the sign-in limit (5 a minute per address) never trips across tests.
 */
export async function staffPage(browser: Browser, account: { email: string; password: string }): Promise<Page> {
  client += 1;
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": `198.51.100.${((process.pid * 7 + client) % 250) + 1}` } });
  const page = await context.newPage();
  await page.goto("/en/sign-in");
  await page.getByRole("textbox", { name: "Email" }).fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Curation" })).toBeVisible();
  return page;
}
