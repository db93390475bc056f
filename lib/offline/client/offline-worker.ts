import { messageSW, Serwist } from "@serwist/window";
import type { SavedTour, SaveTourRequest } from "../saved-tour";
import type { CopyShownReply, SaveTourReply, ToOfflineWorker } from "../worker-messages";

const WORKER_URL = "/serwist/sw.js";

/** Whether this browser can keep tours for offline at all (service workers need a secure context). */
export function offlineSupported(): boolean {
  return typeof window !== "undefined" && window.isSecureContext && "serviceWorker" in navigator && "caches" in window;
}

/**
 * The offline worker, registered the first time a teacher saves a tour and not before: visitors who
 * save nothing never get a service worker. Resolves once it is active.
 */
async function activeWorker(): Promise<ServiceWorker> {
  const existing = await navigator.serviceWorker.getRegistration("/");
  if (!existing?.active) await new Serwist(WORKER_URL, { scope: "/", type: "module" }).register();
  const registration = await navigator.serviceWorker.ready;
  if (!registration.active) throw new Error("The offline worker did not start");
  return registration.active;
}

/** Saves a tour through the worker, reporting progress; resolves with the saved record. */
export async function saveTourOffline(tour: SaveTourRequest, onProgress: (done: number, total: number) => void): Promise<SavedTour> {
  const worker = await activeWorker();
  return new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent<SaveTourReply>) => {
      const reply = event.data;
      if (reply.type === "progress") onProgress(reply.done, reply.total);
      else {
        channel.port1.close();
        if (reply.type === "saved") resolve(reply.tour);
        else reject(new Error(reply.message));
      }
    };
    const message: ToOfflineWorker = { type: "offline:save-tour", tour };
    worker.postMessage(message, [channel.port2]);
  });
}

/** When this page was served from a saved copy (the network failing), that copy's date; else null. */
export async function savedCopyShown(): Promise<string | null> {
  const controller = navigator.serviceWorker.controller;
  if (!controller) return null;
  const message: ToOfflineWorker = { type: "offline:copy-shown" };
  const reply = (await messageSW(controller, message)) as CopyShownReply | undefined;
  return reply?.savedAt ?? null;
}

/** With nothing saved any more, the worker goes too, leaving the site as it was before the first save. */
export async function retireOfflineWorker(): Promise<void> {
  const registration = await navigator.serviceWorker.getRegistration("/");
  await registration?.unregister();
}
