/**
 * The dots drawn on the canvas, bucketed by screen cell, so that finding the dot under the pointer
 * looks at the nine cells around it instead of every dot, on each mousemove.
 */
export class DotGrid<T> {
  private readonly cells = new Map<string, { x: number; y: number; item: T; order: number }[]>();
  private count = 0;

  /** `cellSize` should be at least twice the hit radius, so a hit is always within the nine cells around it. */
  constructor(private readonly cellSize: number) {}

  private key(cx: number, cy: number): string {
    return `${cx},${cy}`;
  }

  add(x: number, y: number, item: T): void {
    const key = this.key(Math.floor(x / this.cellSize), Math.floor(y / this.cellSize));
    const dot = { x, y, item, order: this.count++ };
    const cell = this.cells.get(key);
    if (cell) cell.push(dot);
    else this.cells.set(key, [dot]);
  }

  /** The dot nearest to (x, y) within `radius`; of dots equally near, the last added, which is drawn on top. */
  hit(x: number, y: number, radius: number): T | null {
    const cx = Math.floor(x / this.cellSize);
    const cy = Math.floor(y / this.cellSize);
    let best: { distance: number; order: number; item: T } | null = null;
    for (let gx = cx - 1; gx <= cx + 1; gx++) {
      for (let gy = cy - 1; gy <= cy + 1; gy++) {
        for (const dot of this.cells.get(this.key(gx, gy)) ?? []) {
          const distance = Math.hypot(dot.x - x, dot.y - y);
          if (distance > radius) continue;
          if (!best || distance < best.distance || (distance === best.distance && dot.order > best.order))
            best = { distance, order: dot.order, item: dot.item };
        }
      }
    }
    return best?.item ?? null;
  }
}
