import { type SpawnSyncOptions, spawnSync } from "node:child_process";
import path from "node:path";
import { markBuildComplete, markBuildStarted } from "./build-is-current";
import { disableTelemetry } from "./offline-defaults";

/**
 * `next build` into `distDir` (NEXT_DIST_DIR, else .next), marked complete only when it succeeds
 * (build-is-current.ts), so a build stopped part way is built again next time rather than served.
 * Throws when the build fails.
 */
export function buildApp(root: string, options: { distDir?: string; stdio?: SpawnSyncOptions["stdio"]; timeoutMs?: number } = {}): void {
  disableTelemetry();
  const env = options.distDir ? { ...process.env, NEXT_DIST_DIR: options.distDir } : process.env;
  markBuildStarted(root, options.distDir);
  const build = spawnSync(path.join(root, "node_modules", ".bin", "next"), ["build"], {
    cwd: root,
    stdio: options.stdio ?? "inherit",
    env,
    ...(options.timeoutMs ? { timeout: options.timeoutMs } : {}),
  });
  if (build.status !== 0) {
    throw new Error(`next build failed (${build.error ? build.error.message : `exit ${build.status ?? build.signal}`})`);
  }
  markBuildComplete(root, options.distDir);
}
