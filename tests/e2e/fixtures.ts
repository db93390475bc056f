import { test as base, expect, type Page } from "@playwright/test";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

function isLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  return !protocol.startsWith("http") || LOCAL_HOSTS.has(hostname);
}

/**
 * Every test runs with two guards: any request to a host other than localhost is blocked and
 * fails the test, and so does any console error or uncaught page error.
 */
export const test = base.extend<{ guardedPage: Page; expectedConsoleError: RegExp | null }>({
  /** Console errors a test expects, e.g. the browser's own log line for a page that is meant to be a 404. */
  expectedConsoleError: [null, { option: true }],
  guardedPage: [
    async ({ page, expectedConsoleError }, use) => {
      const outside: string[] = [];
      const errors: string[] = [];
      await page.route("**/*", (route) => {
        const url = route.request().url();
        if (isLocal(url)) return route.continue();
        outside.push(url);
        return route.abort("blockedbyclient");
      });
      page.on("console", (message) => {
        if (message.type() === "error" && !expectedConsoleError?.test(message.text())) {
          errors.push(message.text());
        }
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use(page);
      expect(outside, "requests to hosts other than localhost").toEqual([]);
      expect(errors, "console errors").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
