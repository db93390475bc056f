import fs from "node:fs";
import path from "node:path";

const SOURCES = [
  "app",
  "components",
  "lib",
  "i18n",
  "messages",
  "public",
  "proxy.ts",
  "next.config.js",
  "package-lock.json",
  "tsconfig.json",
];

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const name of fs.readdirSync(target)) {
    if (name === "generated" || name === "node_modules") continue;
    newest = Math.max(newest, newestMtime(path.join(target, name)));
  }
  return newest;
}

/**
 * Written into the build folder once `next build` has succeeded. Not BUILD_ID: Next.js writes that
 * early, so a build stopped part way (Ctrl-C during a first `npm start`) would pass for a whole one,
 * and the server would die on every start for want of files the build never wrote.
 */
const BUILD_COMPLETE = ".build-complete";

function distDirOf(distDir?: string): string {
  return distDir ?? process.env.NEXT_DIST_DIR ?? ".next";
}

/** True when the build folder (NEXT_DIST_DIR, else .next) holds a finished production build newer than every source file it was built from. */
export function buildIsCurrent(root: string, distDir?: string): boolean {
  const stamp = path.join(root, distDirOf(distDir), BUILD_COMPLETE);
  if (!fs.existsSync(stamp)) return false;
  const builtAt = fs.statSync(stamp).mtimeMs;
  return SOURCES.every((source) => newestMtime(path.join(root, source)) <= builtAt);
}

/** Whether the build folder holds a finished build, current or not. */
export function buildIsComplete(root: string, distDir?: string): boolean {
  return fs.existsSync(path.join(root, distDirOf(distDir), BUILD_COMPLETE));
}

/** Before a build: the folder no longer counts as built until the build has finished. */
export function markBuildStarted(root: string, distDir?: string): void {
  fs.rmSync(path.join(root, distDirOf(distDir), BUILD_COMPLETE), { force: true });
}

/** After a build that succeeded. */
export function markBuildComplete(root: string, distDir?: string): void {
  fs.writeFileSync(path.join(root, distDirOf(distDir), BUILD_COMPLETE), `${new Date().toISOString()}\n`);
}
