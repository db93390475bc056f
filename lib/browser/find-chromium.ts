import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** Where a system Chromium is usually installed (Debian's `chromium`, other distributions' names). */
const SYSTEM_CHROMIUM = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

/**
 * A headless Chromium for the browser tests and for server-side PDF rendering, found without
 * downloading anything: `PLAYWRIGHT_CHROMIUM_EXECUTABLE` if set, else a system Chromium, else the
 * one shipped inside the `@sparticuz/chromium` npm package (unpacked once into
 * `node_modules/.cache`). Synchronous, because Playwright reads its config synchronously.
 * `HIDE_SYSTEM_CHROMIUM=1` skips the system browser, so CI can prove the package alone suffices.
 */
export function findChromium(projectRoot: string = process.cwd()): string {
  const chosen = process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE;
  if (chosen) return chosen;
  if (process.env.HIDE_SYSTEM_CHROMIUM !== "1") {
    const system = SYSTEM_CHROMIUM.find((candidate) => fs.existsSync(candidate));
    if (system) return system;
  }
  return unpackPackagedChromium(projectRoot);
}

function unpackPackagedChromium(projectRoot: string): string {
  const packageDir = path.join(projectRoot, "node_modules", "@sparticuz", "chromium");
  const { version } = JSON.parse(fs.readFileSync(path.join(packageDir, "package.json"), "utf8")) as { version: string };
  const target = path.join(projectRoot, "node_modules", ".cache", `sparticuz-chromium-${version}`);
  const executable = path.join(target, "chromium");
  if (fs.existsSync(executable)) return executable;
  // The package unpacks into os.tmpdir(): point that at a folder of our own (files left under /tmp
  // by another version crash the browser), then move the whole folder into place at once, so a
  // concurrent reader never sees a half-written binary.
  const staging = `${target}.partial-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  execFileSync(
    process.execPath,
    ["--input-type=module", "-e", "const { default: c } = await import('@sparticuz/chromium'); await c.executablePath();"],
    {
      cwd: projectRoot,
      env: { ...process.env, TMPDIR: staging },
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  try {
    fs.renameSync(staging, target);
  } catch (error) {
    // Another process finished first: its copy is as good as ours.
    if (!fs.existsSync(executable)) throw error;
    fs.rmSync(staging, { recursive: true, force: true });
  }
  return executable;
}
