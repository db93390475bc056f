import type { PlaceLabel } from "@/lib/gazetteer/label-tiles";
import type { SeaLabel } from "@/lib/gazetteer/sea-labels";
import type { TileInView } from "./tiles-in-view";

/** Label tiles kept in memory for every map on the page (a few kilobytes each); the oldest go first. */
const KEPT_TILES = 512;
/** Label requests in flight at once, so the map's own data never queues behind names. */
const IN_FLIGHT = 2;
/** How many zooms up a tile not yet here is stood in for by an ancestor: its places are all in the tile's too. */
const ANCESTORS = 3;

const held = new Map<string, PlaceLabel[]>();
const keyOf = (z: number, x: number, y: number) => `${z}/${x}/${y}`;

/** The names to draw for some tiles: `copy` is the world copy they are drawn in. */
export interface HeldLabels {
  labels: PlaceLabel[];
  copy: number;
}

/**
 * Fetches the label tiles in view (/basemap/places/{z}/{x}/{y}.json), a few at a time, the ones
 * still wanted first; each tile is asked for once per page and kept in memory.
 */
export class LabelTileLoader {
  private wanted: TileInView[] = [];
  private readonly asking = new Set<string>();
  /** Tiles that failed since the view last changed: asked again after the next move, not in a loop. */
  private readonly failed = new Set<string>();

  constructor(private readonly onArrival: () => void) {}

  /** What is held for `tiles` (for a missing tile, its nearest held ancestor's names); asks for the missing ones. */
  labelsFor(tiles: TileInView[]): HeldLabels[] {
    this.wanted = tiles;
    this.failed.clear();
    this.askNext();
    const found = new Map<string, HeldLabels>();
    for (const { z, x, y, copy } of tiles) {
      for (let up = 0; up <= ANCESTORS && up <= z; up++) {
        const key = keyOf(z - up, x >> up, y >> up);
        const labels = held.get(key);
        if (!labels) continue;
        found.set(`${key}@${copy}`, { labels, copy });
        break;
      }
    }
    return [...found.values()];
  }

  private askNext(): void {
    while (this.asking.size < IN_FLIGHT) {
      const tile = this.wanted.find(({ z, x, y }) => {
        const key = keyOf(z, x, y);
        return !held.has(key) && !this.asking.has(key) && !this.failed.has(key);
      });
      if (!tile) return;
      const key = keyOf(tile.z, tile.x, tile.y);
      this.asking.add(key);
      fetch(`/basemap/places/${key}.json`)
        .then((response) => (response.ok ? (response.json() as Promise<{ labels: PlaceLabel[] }>) : Promise.reject(response.status)))
        .then(
          ({ labels }) => {
            held.set(key, labels);
            if (held.size > KEPT_TILES) held.delete(held.keys().next().value!);
            this.onArrival();
          },
          () => this.failed.add(key),
        )
        .finally(() => {
          this.asking.delete(key);
          this.askNext();
        });
    }
  }
}

/** The seas, oceans and lakes to name: fetched once per page; after a failure the next map asks again. */
let seas: Promise<SeaLabel[]> | null = null;

export function loadSeas(): Promise<SeaLabel[]> {
  if (!seas) {
    seas = fetch("/basemap/places/seas.json")
      .then((response) => (response.ok ? (response.json() as Promise<{ seas: SeaLabel[] }>) : Promise.reject(response.status)))
      .then((body) => body.seas);
    seas.catch(() => {
      seas = null;
    });
  }
  return seas;
}
