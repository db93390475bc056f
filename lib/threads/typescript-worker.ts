import "server-only";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { type ResourceLimits, Worker } from "node:worker_threads";

/**
 * A worker thread of this process running `module` (a TypeScript file, from the project's root),
 * with a heap bounded by `resourceLimits`. It starts from typescript-worker-boot.mjs, which gives
 * the thread tsx's loaders: the Next.js bundle has no copy of the worker's modules, which tsx reads
 * from the sources. The server's own Node flags are not the worker's business.
 */
export function startTypeScriptWorker(module: string, resourceLimits: ResourceLimits): Worker {
  const boot = path.join(/* turbopackIgnore: true */ process.cwd(), "lib", "threads", "typescript-worker-boot.mjs");
  const entry = path.join(/* turbopackIgnore: true */ process.cwd(), module);
  return new Worker(boot, { execArgv: [], resourceLimits, workerData: { module: pathToFileURL(entry).href } });
}
