// An import worker's first module (lib/import/in-import-worker.ts starts it). Plain JavaScript, so
// that Node can load it in any process: the Next.js server, the tests and the bench. It gives the
// thread tsx's loaders (a worker does not inherit the server's), which then read the TypeScript
// sources and the "@/…" and "server-only" paths of tsconfig.json.
import { register as registerCommonJs } from "tsx/cjs/api";
import { register as registerModules } from "tsx/esm/api";

registerCommonJs();
registerModules();
await import("./import-worker.ts");
