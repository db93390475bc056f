export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
  /** Orders entries at one point within their group: something stable (a slug), so every database draws them alike. */
  key?: string;
}

export interface Offset {
  dx: number;
  dy: number;
}

const MAX_ROUNDS = 20;

/**
 * Markers are squares: two are apart when they are `minDistance` apart along x or along y, so the
 * distance that counts is the larger of the two (a diagonal neighbour at the same straight-line
 * distance would overlap its corner).
 */
const apart = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y));

const byKey = (a: ScreenPoint, b: ScreenPoint) => (a.key ?? a.id).localeCompare(b.key ?? b.id) || a.id.localeCompare(b.id);

/**
 * Lays a group out as a block of cells `minDistance` apart, centred on the group's centre: the
 * tightest packing of square targets, so a crowded place stays near its point. Cells are filled in
 * reading order of the true points (top rows first, left to right in a row), so markers keep their
 * places relative to each other; entries at one point go in the order of their keys.
 */
function gridOffsets(group: ScreenPoint[], minDistance: number, offsets: Map<string, Offset>): void {
  if (group.length === 1) {
    offsets.set(group[0]!.id, { dx: 0, dy: 0 });
    return;
  }
  const cx = group.reduce((sum, p) => sum + p.x, 0) / group.length;
  const cy = group.reduce((sum, p) => sum + p.y, 0) / group.length;
  const columns = Math.ceil(Math.sqrt(group.length));
  const rows = Math.ceil(group.length / columns);
  const byRow = [...group].sort((a, b) => a.y - b.y || byKey(a, b));
  for (let row = 0; row < rows; row++) {
    const cells = byRow.slice(row * columns, (row + 1) * columns).sort((a, b) => a.x - b.x || byKey(a, b));
    // A last row with fewer markers is centred under the others.
    const left = cx - ((cells.length - 1) * minDistance) / 2;
    const y = cy + (row - (rows - 1) / 2) * minDistance;
    cells.forEach((point, column) => {
      offsets.set(point.id, { dx: Math.round(left + column * minDistance - point.x), dy: Math.round(y - point.y) });
    });
  }
}

/** Union-find over point indexes: merging is near O(1), where relabelling every member was O(n). */
class Groups {
  private readonly parent: number[];
  constructor(size: number) {
    this.parent = Array.from({ length: size }, (_, i) => i);
  }
  root(i: number): number {
    let r = i;
    while (this.parent[r] !== r) r = this.parent[r]!;
    while (this.parent[i] !== r) {
      const next = this.parent[i]!;
      this.parent[i] = r;
      i = next;
    }
    return r;
  }
  /** True when the two were apart and are now one group. */
  merge(a: number, b: number): boolean {
    const ra = this.root(a);
    const rb = this.root(b);
    if (ra === rb) return false;
    this.parent[rb] = ra;
    return true;
  }
}

/**
 * Merges every two points nearer than `minDistance` (along x or y). Points are bucketed in a grid of that cell size,
 * so only neighbouring cells are compared: about O(n) for points spread over a screen, not O(n²).
 */
function mergeClose(points: readonly ScreenPoint[], minDistance: number, groups: Groups): boolean {
  const cells = new Map<string, number[]>();
  const cellOf = (v: number) => Math.floor(v / minDistance);
  points.forEach((p, index) => {
    const key = `${cellOf(p.x)},${cellOf(p.y)}`;
    const cell = cells.get(key);
    if (cell) cell.push(index);
    else cells.set(key, [index]);
  });
  let merged = false;
  points.forEach((a, i) => {
    const cx = cellOf(a.x);
    const cy = cellOf(a.y);
    for (let gx = cx - 1; gx <= cx + 1; gx++) {
      for (let gy = cy - 1; gy <= cy + 1; gy++) {
        for (const j of cells.get(`${gx},${gy}`) ?? []) {
          if (j <= i) continue;
          const b = points[j]!;
          if (apart(a, b) < minDistance && groups.merge(i, j)) merged = true;
        }
      }
    }
  });
  return merged;
}

/**
 * Markers closer on screen than `minDistance` are gathered into groups and spread out in a block
 * around each group's centre, far enough apart that every marker stays a separate target. Groups
 * whose blocks would touch are merged and laid out again. Returns each marker's shift in pixels.
 */
export function declutterOffsets(points: readonly ScreenPoint[], minDistance: number): Map<string, Offset> {
  const groups = new Groups(points.length);
  mergeClose(points, minDistance, groups);
  let offsets = new Map<string, Offset>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    offsets = new Map();
    const members = new Map<number, ScreenPoint[]>();
    points.forEach((point, index) => {
      const root = groups.root(index);
      const group = members.get(root);
      if (group) group.push(point);
      else members.set(root, [point]);
    });
    for (const group of members.values()) gridOffsets(group, minDistance, offsets);
    const placed = points.map((p) => ({ id: p.id, x: p.x + offsets.get(p.id)!.dx, y: p.y + offsets.get(p.id)!.dy }));
    if (!mergeClose(placed, minDistance, groups)) break;
  }
  return offsets;
}
