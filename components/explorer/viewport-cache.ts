import { fetchViewport, type ViewportResponse } from "./viewport-client";

/** Long enough for zooming in and back out or panning back; short enough that an edit shows up soon. */
const FRESH_MS = 30_000;
const MAX_RESPONSES = 40;

const responses = new Map<string, { at: number; value: ViewportResponse }>();

/** A recent answer for the same URL when there is one, so going back to a view redraws it without a round trip. */
export async function fetchViewportCached(url: string, signal: AbortSignal, now: () => number = Date.now): Promise<ViewportResponse> {
  const cached = responses.get(url);
  if (cached && now() - cached.at < FRESH_MS) {
    // Re-inserted so the Map's order is least recently used first.
    responses.delete(url);
    responses.set(url, cached);
    return cached.value;
  }
  const value = await fetchViewport(url, signal);
  responses.set(url, { at: now(), value });
  if (responses.size > MAX_RESPONSES) responses.delete(responses.keys().next().value!);
  return value;
}
