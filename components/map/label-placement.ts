export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** A name that may be drawn: its point and its text's size, in the map's layer pixels. */
export interface LabelCandidate {
  key: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Seas are written across their point; towns beside the dot that marks theirs. */
  centred: boolean;
}

/** Where a candidate's text goes: its box's top-left corner. */
export interface PlacedLabel {
  candidate: LabelCandidate;
  left: number;
  top: number;
}

/** Room kept around every text for its halo, so that two names never touch. */
const PADDING = 2;
/** Between a town's dot and its name; the far gap clears an entry marker (24 px) standing on the town. */
const GAPS = [4, 14];
/** A town's dot, kept clear of other names. */
const DOT_RADIUS = 3;
const CELL = 64;

/** Boxes bucketed by screen cell, so a test for overlap looks at the few cells a box spans, not every box. */
class BoxGrid {
  private readonly cells = new Map<string, Box[]>();

  private each(box: Box, visit: (key: string) => boolean | undefined): boolean {
    for (let cx = Math.floor(box.left / CELL); cx <= Math.floor(box.right / CELL); cx++) {
      for (let cy = Math.floor(box.top / CELL); cy <= Math.floor(box.bottom / CELL); cy++) if (visit(`${cx},${cy}`)) return true;
    }
    return false;
  }

  add(box: Box): void {
    this.each(box, (key) => {
      const cell = this.cells.get(key);
      if (cell) cell.push(box);
      else this.cells.set(key, [box]);
      return false;
    });
  }

  overlaps(box: Box): boolean {
    return this.each(box, (key) =>
      this.cells.get(key)?.some((o) => o.left < box.right && o.right > box.left && o.top < box.bottom && o.bottom > box.top),
    );
  }
}

const textBox = (left: number, top: number, { width, height }: LabelCandidate): Box => ({
  left: left - PADDING,
  top: top - PADDING,
  right: left + width + PADDING,
  bottom: top + height + PADDING,
});

/** Where a town's name may go around its dot, in order of preference: right, left, above, below; near, then far. */
function positions(c: LabelCandidate): [number, number][] {
  const middle = c.y - c.height / 2;
  if (c.centred) return [[c.x - c.width / 2, middle]];
  return GAPS.flatMap((gap): [number, number][] => [
    [c.x + gap, middle],
    [c.x - gap - c.width, middle],
    [c.x - c.width / 2, c.y - gap - c.height],
    [c.x - c.width / 2, c.y + gap],
  ]);
}

/**
 * A collision pass over the names in view, most important first: each goes in the first position
 * around its point that overlaps no name (or town dot) already placed and no obstacle (the entry
 * markers); failing that, in the first that overlaps only obstacles (the markers are drawn over it);
 * failing that, it is left out.
 */
export function placeLabels(candidates: readonly LabelCandidate[], obstacles: readonly Box[]): PlacedLabel[] {
  const taken = new BoxGrid();
  const blocked = new BoxGrid();
  for (const box of obstacles) blocked.add(box);
  const placed: PlacedLabel[] = [];
  for (const candidate of candidates) {
    const dot: Box = {
      left: candidate.x - DOT_RADIUS,
      top: candidate.y - DOT_RADIUS,
      right: candidate.x + DOT_RADIUS,
      bottom: candidate.y + DOT_RADIUS,
    };
    if (!candidate.centred && taken.overlaps(dot)) continue;
    const free = positions(candidate).filter(([left, top]) => !taken.overlaps(textBox(left, top, candidate)));
    const [left, top] = free.find(([l, t]) => !blocked.overlaps(textBox(l, t, candidate))) ?? free[0] ?? [];
    if (left === undefined || top === undefined) continue;
    taken.add(textBox(left, top, candidate));
    if (!candidate.centred) taken.add(dot);
    placed.push({ candidate, left, top });
  }
  return placed;
}
