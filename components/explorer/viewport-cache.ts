import { fetchViewport, type ViewportResponse } from "./viewport-client";

/** Long enough for zooming in and back out or panning back; short enough that an edit shows up soon. */
const FRESH_MS = 30_000;
const MAX_RESPONSES = 40;

const responses = new Map<string, { at: number; value: ViewportResponse }>();
/** Requests on their way, shared by whoever asks for the same URL (a prefetch and then the view). */
const inFlight = new Map<string, Promise<ViewportResponse>>();

function request(url: string, now: () => number): Promise<ViewportResponse> {
  const pending = inFlight.get(url);
  if (pending) return pending;
  // Not aborted by one caller: another may be waiting for the same answer.
  const promise = fetchViewport(url, new AbortController().signal).then(
    (value) => {
      inFlight.delete(url);
      responses.set(url, { at: now(), value });
      if (responses.size > MAX_RESPONSES) responses.delete(responses.keys().next().value!);
      return value;
    },
    (error: unknown) => {
      inFlight.delete(url);
      throw error;
    },
  );
  inFlight.set(url, promise);
  return promise;
}

/**
 * A recent answer for the same URL when there is one, so going back to a view redraws it without
 * a round trip; else the request already on its way for it; else a new one.
 */
export function fetchViewportCached(url: string, now: () => number = Date.now): Promise<ViewportResponse> {
  const cached = responses.get(url);
  if (cached && now() - cached.at < FRESH_MS) {
    // Re-inserted so the Map's order is least recently used first.
    responses.delete(url);
    responses.set(url, cached);
    return Promise.resolve(cached.value);
  }
  return request(url, now);
}

/** Starts the request for a view about to be shown, from the event that announces it rather than after React has re-rendered. */
export function prefetchViewport(url: string): void {
  fetchViewportCached(url).catch(() => undefined);
}
