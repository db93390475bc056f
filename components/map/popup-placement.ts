export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Shift {
  dx: number;
  dy: number;
}

/** Room between the popup and the marker it belongs to when it sits beside or below it. */
const GAP = 4;
/** Further out, a marker's width at a time, when every place next to the marker is taken. */
const STEP = 28;
const FURTHEST = 4;

const overlaps = (a: Rect, b: Rect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
const shifted = (r: Rect, { dx, dy }: Shift): Rect => ({ left: r.left + dx, top: r.top + dy, right: r.right + dx, bottom: r.bottom + dy });
const middle = (r: Rect) => (r.top + r.bottom) / 2;

/**
 * The places a popup may take around its marker, in order of preference: where Leaflet puts it
 * (above, its tip on the marker), then above to either side, beside, below; each again further out.
 */
function candidateShifts(popup: Rect, marker: Rect): Shift[] {
  const right = marker.right + GAP - popup.left;
  const left = marker.left - GAP - popup.right;
  const below = marker.bottom + GAP - popup.top;
  const beside = middle(marker) - middle(popup);
  const directions: { shift: Shift; out: Shift }[] = [
    { shift: { dx: 0, dy: 0 }, out: { dx: 0, dy: -1 } },
    { shift: { dx: right, dy: 0 }, out: { dx: 1, dy: -1 } },
    { shift: { dx: left, dy: 0 }, out: { dx: -1, dy: -1 } },
    { shift: { dx: right, dy: beside }, out: { dx: 1, dy: 0 } },
    { shift: { dx: left, dy: beside }, out: { dx: -1, dy: 0 } },
    { shift: { dx: 0, dy: below }, out: { dx: 0, dy: 1 } },
    { shift: { dx: right, dy: below }, out: { dx: 1, dy: 1 } },
    { shift: { dx: left, dy: below }, out: { dx: -1, dy: 1 } },
  ];
  const shifts: Shift[] = [];
  for (let step = 0; step <= FURTHEST; step++)
    for (const { shift, out } of directions) shifts.push({ dx: shift.dx + out.dx * step * STEP, dy: shift.dy + out.dy * step * STEP });
  return shifts;
}

/**
 * How far to move a popup from where Leaflet put it (`popup`, above `marker`) so that it covers no
 * other target on the map (`targets`: the other markers and clusters), all in screen pixels: the
 * nearest place that covers none, else the one that covers fewest. A popup over a neighbour hides it
 * and takes its clicks.
 */
export function clearPopupShift(popup: Rect, marker: Rect, targets: readonly Rect[]): Shift {
  let best: Shift = { dx: 0, dy: 0 };
  let fewest = Number.POSITIVE_INFINITY;
  for (const shift of candidateShifts(popup, marker)) {
    const placed = shifted(popup, shift);
    const covered = targets.reduce((count, target) => count + (overlaps(placed, target) ? 1 : 0), 0);
    if (covered < fewest) {
      best = shift;
      fewest = covered;
      if (covered === 0) break;
    }
  }
  return best;
}
