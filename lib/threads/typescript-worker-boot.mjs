// A worker thread's first module (lib/threads/typescript-worker.ts starts it). Plain JavaScript, so
// that Node can load it in any process: the Next.js server, the tests and the benches. It gives the
// thread tsx's loaders (a worker does not inherit the server's), which then read the TypeScript
// sources and the "@/…" and "server-only" paths of tsconfig.json, and loads the worker's module.
import { workerData } from "node:worker_threads";
import { register as registerCommonJs } from "tsx/cjs/api";
import { register as registerModules } from "tsx/esm/api";

registerCommonJs();
registerModules();
await import(workerData.module);
