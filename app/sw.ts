/// <reference lib="webworker" />
import { Serwist } from "serwist";
import { buildFiles, type ManifestEntry } from "@/lib/offline/worker/build-files";
import { offlineRoutes } from "@/lib/offline/worker/offline-routes";
import { pruneBuildCaches } from "@/lib/offline/worker/prune-build-caches";
import { saveTour } from "@/lib/offline/worker/save-tour";
import type { CopyShownReply, SaveTourReply, ToOfflineWorker } from "@/lib/offline/worker-messages";

/**
 * The offline lessons' service worker (docs/classroom.md, "A lesson with no internet"), bundled by
 * Serwist from this file (app/serwist/[path]/route.ts). It precaches nothing on install: a tour's
 * files are kept when a teacher saves it, and the build's file list Serwist injects is only what
 * a save adds to them.
 */
declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: ManifestEntry[] | undefined };

const build = buildFiles(self.__SW_MANIFEST);
/** Pages (by client id) served from a saved copy, and when that copy was saved; pages ask once they load. */
const shownFromSavedCopy = new Map<string, string>();

const serwist = new Serwist({
  // A new deploy's worker takes over at once: it serves no page of its own, and saved copies keep the
  // chunks of the build they were saved with.
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: offlineRoutes((clientId, savedAt) => {
    if (clientId) shownFromSavedCopy.set(clientId, savedAt);
  }),
});

self.addEventListener("activate", (event) => event.waitUntil(pruneBuildCaches(build.id)));

self.addEventListener("message", (event) => {
  const message = event.data as ToOfflineWorker | null;
  const port = event.ports[0];
  if (!port || !message) return;
  if (message.type === "offline:copy-shown") {
    const source = event.source as Client | null;
    const reply: CopyShownReply = { savedAt: (source && shownFromSavedCopy.get(source.id)) ?? null };
    port.postMessage(reply);
  } else if (message.type === "offline:save-tour") {
    const send = (reply: SaveTourReply) => port.postMessage(reply);
    event.waitUntil(
      saveTour(message.tour, build, ({ done, total }) => send({ type: "progress", done, total })).then(
        (tour) => send({ type: "saved", tour }),
        (error: unknown) => send({ type: "failed", message: error instanceof Error ? error.message : String(error) }),
      ),
    );
  }
});

serwist.addEventListeners();
