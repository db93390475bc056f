import { defineConfig } from "@playwright/test";
import { findChromium } from "./lib/browser/find-chromium";

// TEST_TMP_DIR, E2E_PORT and NEXT_DIST_DIR let two runs share a checkout without sharing a server or a build.
const tmpDir = process.env.TEST_TMP_DIR ?? "tests/.tmp";
export const E2E_DATABASE = `${tmpDir}/e2e.db`;
export const E2E_UPLOADS = `${tmpDir}/e2e-uploads`;

const port = Number(process.env.E2E_PORT ?? 3100);
export const E2E_BASE_URL = `http://localhost:${port}`;
const baseURL = E2E_BASE_URL;

// Playwright cannot download a browser offline: a chosen or system Chromium, else the one in the npm
// package. Set in the environment, so the worker processes that load this config again reuse it.
const executablePath = findChromium();
process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE = executablePath;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: process.env.TEST_TMP_DIR ? `${tmpDir}/test-results` : "test-results",
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [["list"]],
  // The staff journeys (two sign-ins, a dozen pages) take 20-30 s on a busy 2-core machine; the
  // expectations inside keep their own 5 s limits, so a slow page still fails as it should.
  timeout: 60_000,
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  webServer: {
    // A fresh database each run, seeded with the reference data by the same start script people use.
    command: `node -e "require('fs').rmSync('${E2E_DATABASE}',{force:true})" && tsx scripts/start.ts`,
    url: `${baseURL}/api/v1/viewport?limit=1`,
    // Always a fresh build and database: a server left running from earlier would test stale code.
    reuseExistingServer: false,
    timeout: 300_000,
    stdout: "pipe",
    env: {
      PORT: String(port),
      DATABASE_URL: `file:./${E2E_DATABASE}`,
      UPLOADS_DIR: E2E_UPLOADS,
      MAP_TILE_URL: "",
      PUBLIC_BASE_URL: baseURL,
      // The tests play the reverse proxy: each browser context says which client it is in
      // X-Forwarded-For (tests/e2e/staff.ts), so the sign-in limit counts their sign-ins apart.
      TRUSTED_PROXIES: "127.0.0.1,::1",
    },
  },
});
