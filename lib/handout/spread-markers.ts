/** A numbered marker's place in a drawing, before and after it was moved clear of the others. */
export interface SpreadMarker {
  number: number;
  /** Where the item is. */
  x: number;
  y: number;
  /** Where its marker is drawn: the same place, unless an earlier marker covers it. */
  markerX: number;
  markerY: number;
}

/**
 * Places numbered markers so none covers another: each keeps its own point if that is clear of the
 * markers already placed (by `gap`, a marker's width), else takes the first clear place on rings
 * around it (a leader line in the drawing joins it to its point). So steps at one memorial all stay
 * readable on a handout's map.
 */
export function spreadMarkers(points: { number: number; x: number; y: number }[], gap: number): SpreadMarker[] {
  const placed: SpreadMarker[] = [];
  const clear = (x: number, y: number) => placed.every((other) => Math.hypot(other.markerX - x, other.markerY - y) >= gap);
  for (const point of points) {
    let spot = { x: point.x, y: point.y };
    search: for (let ring = 1; !clear(spot.x, spot.y) && ring <= 6; ring++) {
      const slots = 6 * ring;
      for (let slot = 0; slot < slots; slot++) {
        // Start up and to the right, the way a label is usually read off a point.
        const angle = -Math.PI / 4 + (2 * Math.PI * slot) / slots;
        const candidate = { x: point.x + Math.cos(angle) * gap * ring, y: point.y + Math.sin(angle) * gap * ring };
        if (clear(candidate.x, candidate.y)) {
          spot = candidate;
          break search;
        }
      }
    }
    placed.push({ number: point.number, x: point.x, y: point.y, markerX: spot.x, markerY: spot.y });
  }
  return placed;
}
