import { isTile } from "./tile-bounds";

const INTEGER = /^(0|[1-9]\d{0,5})$/;

/** z, x and "{y}.json" from a tile route's path, or null unless they name a tile. */
export function parseTilePath(params: { z: string; x: string; file: string }): { z: number; x: number; y: number } | null {
  const y = params.file.endsWith(".json") ? params.file.slice(0, -".json".length) : "";
  if (![params.z, params.x, y].every((part) => INTEGER.test(part))) return null;
  const tile = { z: Number(params.z), x: Number(params.x), y: Number(y) };
  return isTile(tile.z, tile.x, tile.y) ? tile : null;
}
