/**
 * What a tour saved for offline remembers about itself. It is kept as JSON beside the tour's files,
 * in the tour's own cache, so the page (listing, removing, the "older" notice) and the service worker
 * (serving, keeping the scripts the copy needs) read the same record.
 */
export interface SavedTour {
  slug: string;
  locale: string;
  title: string;
  /** The tour's version when it was saved: a tour page showing a higher one is newer than the copy. */
  version: number;
  /** ISO 8601. */
  savedAt: string;
  /** The tour page's address as it was saved (with its share token, if it was opened with one). */
  pageUrl: string;
  /** Every address kept for this tour (pages, basemap files), as request keys. */
  files: string[];
  /** The build whose scripts and styles the saved pages load (they stay while a saved tour needs them). */
  build: string;
}

/** What a page asks the service worker to save: the record, less what the worker itself decides. */
export type SaveTourRequest = Omit<SavedTour, "savedAt" | "build">;

/** The address under which a tour's cache keeps its SavedTour record (never a real page). */
export const SAVED_TOUR_RECORD = "/__offline/saved-tour.json";

/** How the saved copy stands against the tour page being shown. */
export type SavedCopyState = "current" | "older";

/**
 * "older" when the tour has changed since it was saved (its version went up: an edit, a status move
 * or a restore), so the copy on this device would present something else than the site does.
 */
export function savedCopyState(saved: Pick<SavedTour, "version">, shownVersion: number): SavedCopyState {
  return shownVersion > saved.version ? "older" : "current";
}

export function isSavedTour(value: unknown): value is SavedTour {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.slug === "string" &&
    typeof record.locale === "string" &&
    typeof record.title === "string" &&
    typeof record.version === "number" &&
    typeof record.savedAt === "string" &&
    typeof record.pageUrl === "string" &&
    typeof record.build === "string" &&
    Array.isArray(record.files)
  );
}
