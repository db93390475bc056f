/** One XYZ tile on screen: `x` wrapped into the world, `copy` the world copy it is drawn in (0 for the first). */
export interface TileInView {
  z: number;
  x: number;
  y: number;
  copy: number;
}

const TILE_SIZE = 256;

/**
 * The tiles of zoom `z` that cover a box of world pixels at that zoom (what Leaflet's
 * getPixelBounds gives): rows cut to the world, columns wrapped, since the map repeats the world
 * east and west.
 */
export function tilesInView(z: number, minX: number, minY: number, maxX: number, maxY: number): TileInView[] {
  const n = 2 ** z;
  const tiles: TileInView[] = [];
  const top = Math.max(0, Math.floor(minY / TILE_SIZE));
  const bottom = Math.min(n - 1, Math.floor(maxY / TILE_SIZE));
  for (let column = Math.floor(minX / TILE_SIZE); column <= Math.floor(maxX / TILE_SIZE); column++) {
    const copy = Math.floor(column / n);
    for (let y = top; y <= bottom; y++) tiles.push({ z, x: column - copy * n, y, copy });
  }
  return tiles;
}
