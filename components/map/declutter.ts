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

/**
 * Markers closer on screen than `minDistance` are gathered into groups and fanned out in a ring
 * around each group's centre, far enough apart that every marker stays a separate target. Groups
 * whose rings would touch are merged and laid out again. Returns each marker's shift in pixels.
 */
export function declutterOffsets(points: ScreenPoint[], minDistance: number): Map<string, Offset> {
  const groupOf = new Map(points.map((p, index) => [p.id, index]));
  const root = (id: string): number => groupOf.get(id)!;
  const merge = (a: string, b: string) => {
    const from = root(b);
    const to = root(a);
    for (const [id, group] of groupOf) if (group === from) groupOf.set(id, to);
  };
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i]!;
      const b = points[j]!;
      if (root(a.id) !== root(b.id) && Math.hypot(a.x - b.x, a.y - b.y) < minDistance) merge(a.id, b.id);
    }
  }
  let offsets = new Map<string, Offset>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    offsets = new Map();
    const groups = new Map<number, ScreenPoint[]>();
    for (const point of points) groups.set(root(point.id), [...(groups.get(root(point.id)) ?? []), point]);
    for (const group of groups.values()) ringOffsets(group, minDistance, offsets);
    const placed = points.map((p) => ({ id: p.id, x: p.x + offsets.get(p.id)!.dx, y: p.y + offsets.get(p.id)!.dy }));
    let merged = false;
    for (let i = 0; i < placed.length; i++) {
      for (let j = i + 1; j < placed.length; j++) {
        const a = placed[i]!;
        const b = placed[j]!;
        if (root(a.id) !== root(b.id) && Math.hypot(a.x - b.x, a.y - b.y) < minDistance) {
          merge(a.id, b.id);
          merged = true;
        }
      }
    }
    if (!merged) break;
  }
  return offsets;
}
