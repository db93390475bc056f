export interface ScreenPoint {
  id: string;
  x: number;
  y: number;
}

export interface Offset {
  dx: number;
  dy: number;
}

const MAX_ROUNDS = 20;

function ringOffsets(group: ScreenPoint[], minDistance: number, offsets: Map<string, Offset>): void {
  if (group.length === 1) {
    offsets.set(group[0]!.id, { dx: 0, dy: 0 });
    return;
  }
  const cx = group.reduce((sum, p) => sum + p.x, 0) / group.length;
  const cy = group.reduce((sum, p) => sum + p.y, 0) / group.length;
  const radius = Math.max(minDistance * 0.6, minDistance / 2 / Math.sin(Math.PI / group.length));
  [...group]
    .sort((a, b) => a.id.localeCompare(b.id))
    .forEach((point, index) => {
      const angle = (2 * Math.PI * index) / group.length - Math.PI / 2;
      offsets.set(point.id, {
        dx: Math.round(cx + radius * Math.cos(angle) - point.x),
        dy: Math.round(cy + radius * Math.sin(angle) - point.y),
      });
    });
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
 * Merges every two points nearer than `minDistance`. Points are bucketed in a grid of that cell size,
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
          if (Math.hypot(a.x - b.x, a.y - b.y) < minDistance && groups.merge(i, j)) merged = true;
        }
      }
    }
  });
  return merged;
}

/**
 * Markers closer on screen than `minDistance` are gathered into groups and fanned out in a ring
 * around each group's centre, far enough apart that every marker stays a separate target. Groups
 * whose rings would touch are merged and laid out again. Returns each marker's shift in pixels.
 */
export function declutterOffsets(points: ScreenPoint[], minDistance: number): Map<string, Offset> {
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
    for (const group of members.values()) ringOffsets(group, minDistance, offsets);
    const placed = points.map((p) => ({ id: p.id, x: p.x + offsets.get(p.id)!.dx, y: p.y + offsets.get(p.id)!.dy }));
    if (!mergeClose(placed, minDistance, groups)) break;
  }
  return offsets;
}
