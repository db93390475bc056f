import { processSingleton } from "@/lib/process-singleton";
import type { BoundingBox } from "@/lib/validation/viewport";
import type { EntryIndex } from "./entry-index";

/** One-degree cells: a city-to-country view touches a few to a few hundred of them. */
const COLUMNS = 360;
const ROWS = 180;

/** The placed entries' positions in the entry index, by one-degree cell, each cell's in ascending order. */
export interface EntryGrid {
  /** Cell c holds positions[cellStart[c]] up to positions[cellStart[c + 1]]. */
  cellStart: Int32Array;
  positions: Int32Array;
}

const clamp = (value: number, max: number) => Math.min(Math.max(value, 0), max);
const columnOf = (longitude: number) => clamp(Math.floor(longitude + 180), COLUMNS - 1);
const rowOf = (latitude: number) => clamp(Math.floor(latitude + 90), ROWS - 1);

const grids = processSingleton("viewport.entry-grids", () => new WeakMap<EntryIndex, EntryGrid>());

/** Built once per entry index, then kept with it. */
export function entryGrid(index: EntryIndex): EntryGrid {
  let grid = grids.get(index);
  if (grid) return grid;
  const { longitude, latitude } = index;
  const cellOf = new Int32Array(index.ids.length).fill(-1);
  const cellStart = new Int32Array(COLUMNS * ROWS + 1);
  for (let i = 0; i < cellOf.length; i++) {
    if (Number.isNaN(latitude[i]!) || Number.isNaN(longitude[i]!)) continue;
    cellOf[i] = rowOf(latitude[i]!) * COLUMNS + columnOf(longitude[i]!);
    cellStart[cellOf[i]! + 1]! += 1;
  }
  for (let c = 0; c < COLUMNS * ROWS; c++) cellStart[c + 1]! += cellStart[c]!;
  const positions = new Int32Array(cellStart[COLUMNS * ROWS]!);
  const next = cellStart.slice(0, COLUMNS * ROWS);
  // Positions go in ascending, so each cell's list is in the index's order.
  for (let i = 0; i < cellOf.length; i++) if (cellOf[i]! >= 0) positions[next[cellOf[i]!]!++] = i;
  grid = { cellStart, positions };
  grids.set(index, grid);
  return grid;
}

/** Column ranges of a box, in two when it crosses the antimeridian. */
function columnRanges(box: BoundingBox): [number, number][] {
  const west = columnOf(box.west);
  const east = columnOf(box.east);
  if (box.west <= box.east) return [[west, east]];
  // Both ends in one column: the box goes all the way round.
  if (east >= west) return [[0, COLUMNS - 1]];
  return [
    [west, COLUMNS - 1],
    [0, east],
  ];
}

/**
 * The positions of the placed entries in the cells a box touches, ascending (the index's order),
 * or null when they are more than `atMost`: then a scan of every entry costs less than sorting them.
 */
export function positionsNear(grid: EntryGrid, box: BoundingBox, atMost: number): Int32Array | null {
  const ranges: [number, number][] = [];
  let count = 0;
  const columns = columnRanges(box);
  for (let row = rowOf(box.south); row <= rowOf(box.north); row++) {
    for (const [first, last] of columns) {
      const from = grid.cellStart[row * COLUMNS + first]!;
      const to = grid.cellStart[row * COLUMNS + last + 1]!;
      count += to - from;
      if (count > atMost) return null;
      if (to > from) ranges.push([from, to]);
    }
  }
  const near = new Int32Array(count);
  let offset = 0;
  for (const [from, to] of ranges) {
    near.set(grid.positions.subarray(from, to), offset);
    offset += to - from;
  }
  return near.sort();
}
