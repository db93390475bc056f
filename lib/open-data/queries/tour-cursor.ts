/**
 * Where a page of the tours list ends: tours go latest published first, so a page is keyed by the last
 * tour's publication time and id (the id breaks ties). Kept in the cursor itself rather than looked up
 * from the id, so a walk holds its place even if that tour is withdrawn or published again meanwhile.
 */
export interface TourCursor {
  publishedAt: Date | null;
  id: string;
}

/** Milliseconds (or `n`, not dated) and the id. */
export const TOUR_CURSOR_KEY = /^(\d{1,15}|n)_([A-Za-z0-9]{1,60})$/;

export function tourCursorKey(cursor: TourCursor): string {
  return `${cursor.publishedAt === null ? "n" : cursor.publishedAt.getTime()}_${cursor.id}`;
}

/** The cursor a key names; the key has passed TOUR_CURSOR_KEY (the list's query schema checks it). */
export function readTourCursorKey(key: string): TourCursor {
  const [, time, id] = TOUR_CURSOR_KEY.exec(key) ?? [];
  if (!time || !id) throw new Error(`Not a tour cursor key: ${key}`);
  return { publishedAt: time === "n" ? null : new Date(Number(time)), id };
}
