import type { SavedTour, SaveTourRequest } from "./saved-tour";

/** What a page asks the offline service worker (app/sw.ts); each message carries a port for the answers. */
export type ToOfflineWorker = { type: "offline:save-tour"; tour: SaveTourRequest } | { type: "offline:copy-shown" };

/** The answers to a save: progress as files arrive, then the saved record or why it failed. */
export type SaveTourReply =
  | { type: "progress"; done: number; total: number }
  | { type: "saved"; tour: SavedTour }
  | { type: "failed"; message: string };

/** The answer to "copy-shown": when the page asking was served from a saved copy, the copy's date. */
export interface CopyShownReply {
  savedAt: string | null;
}
