import type { BrowserContext } from "@playwright/test";

const EVERY_REQUEST = "**/*";

/**
 * Takes the browser context offline, the offline service worker's own fetches included: Chromium's
 * offline emulation alone does not reliably reach them (they were seen answered by the server with the
 * context offline, so a page "saved" for offline could be coming from the network).
 */
export async function cutNetwork(context: BrowserContext): Promise<void> {
  await context.setOffline(true);
  await context.route(EVERY_REQUEST, (route) => route.abort("internetdisconnected"));
}

export async function restoreNetwork(context: BrowserContext): Promise<void> {
  await context.unroute(EVERY_REQUEST);
  await context.setOffline(false);
}
