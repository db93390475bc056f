import type { Instrumentation } from "next";

/**
 * Every error a page, route handler, server action or the proxy did not handle (a 500) is logged
 * once as a JSON line with the request's id (lib/log/), the route and the stack. The visitor sees
 * only the id (app/[locale]/error.tsx).
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ logServerError }, { requestIdOf }] = await Promise.all([import("@/lib/log/log-server-error"), import("@/lib/log/request-id")]);
  const digest = (error as { digest?: unknown } | null)?.digest;
  logServerError(error, {
    requestId: requestIdOf(request.headers),
    method: request.method,
    route: context.routePath,
    path: request.path,
    digest: typeof digest === "string" ? digest : undefined,
  });
};

/** After start-up, in the background, so that nobody's request waits for it. */
const WARM_UP_AFTER_MS = 10_000;

/**
 * Place search's first answer after a start would wait for the whole gazetteer to be built (every
 * placed entry of the collection and the world's cities): build it while nobody is waiting. The
 * export worker likewise loads before anyone downloads.
 */
export function register(): void {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  setTimeout(() => {
    import("@/lib/open-data/in-export-worker").then(
      ({ warmExportWorker }) => warmExportWorker(),
      () => {},
    );
    import("@/lib/gazetteer/collection-gazetteer")
      .then(({ collectionGazetteer }) => collectionGazetteer())
      .catch(() => {
        // A failed warm-up costs only the wait it was meant to save: the first search builds it again and says why.
      });
  }, WARM_UP_AFTER_MS).unref();
}
