import fs from "node:fs";
import { findChromium } from "@/lib/browser/find-chromium";
import { AppError } from "@/lib/errors/app-error";
import { PAGE_ORIGIN_HEADER } from "@/lib/share/site-origin";
import type { Paper } from "./handout-params";

/** One PDF at a time (a headless browser takes a few hundred MB); a few more may wait their turn. */
const MAX_WAITING = 3;
/** Past this, the render is abandoned and its browser closed. */
const RENDER_TIMEOUT_MS = 30_000;

let queue: Promise<unknown> = Promise.resolve();
let waiting = 0;

/** The Chromium to print with, or null when this installation has none (see lib/browser/find-chromium.ts). */
function chromiumExecutable(): string | null {
  try {
    const executable = findChromium();
    return fs.existsSync(executable) ? executable : null;
  } catch {
    return null;
  }
}

/**
 * A PDF of the page at `url` (a page of this app, loaded from its own loopback address) as the
 * browser prints it, on `paper`; `pageOrigin` is the address the person asked at, for the page's
 * printed links. Refused as UNAVAILABLE (503) when there is no Chromium, when too
 * many wait, or when the page takes too long.
 */
export function renderPdf(url: string, paper: Paper, pageOrigin: string): Promise<Buffer> {
  const executable = chromiumExecutable();
  if (!executable) {
    throw new AppError(
      "UNAVAILABLE",
      "This server has no headless Chromium to make PDFs with. Install one (Debian: apt-get install chromium) or set " +
        "PLAYWRIGHT_CHROMIUM_EXECUTABLE; until then, print the handout page from the browser.",
    );
  }
  if (waiting >= MAX_WAITING) throw new AppError("UNAVAILABLE", "Other handouts are being made into PDFs just now. Try again in a moment.");
  waiting++;
  const turn = queue.then(() => printWithTimeout(executable, url, paper, pageOrigin));
  queue = turn.catch(() => undefined).finally(() => waiting--);
  return turn;
}

async function printWithTimeout(executable: string, url: string, paper: Paper, pageOrigin: string): Promise<Buffer> {
  const { chromium } = await import("playwright-core");
  const browser = await chromium.launch({
    executablePath: executable,
    // Chromium refuses its sandbox as root (containers); everywhere else it keeps it.
    args: [
      ...(process.getuid?.() === 0 ? ["--no-sandbox"] : []),
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
    timeout: RENDER_TIMEOUT_MS,
  });
  const timer = setTimeout(() => void browser.close(), RENDER_TIMEOUT_MS);
  try {
    const page = await browser.newPage({ extraHTTPHeaders: { [PAGE_ORIGIN_HEADER]: pageOrigin } });
    const response = await page.goto(url, { waitUntil: "load", timeout: RENDER_TIMEOUT_MS });
    if (!response?.ok()) throw new Error(`The handout page answered ${response?.status()} at ${url}`);
    // A font subset (Cyrillic on an English page, say) is fetched only once text needs it, which can be
    // after "load": printed before it arrives, those letters are drawn in a fallback font.
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    return await page.pdf({ format: paper, printBackground: true, preferCSSPageSize: true });
  } catch (error) {
    if (!browser.isConnected()) throw new AppError("UNAVAILABLE", "The PDF took too long to make. Try a view with fewer entries.");
    throw error;
  } finally {
    clearTimeout(timer);
    await browser.close();
  }
}
