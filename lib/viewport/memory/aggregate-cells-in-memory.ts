import type { MapCluster } from "../viewport-result";
import type { EntryIndex } from "./entry-index";
import { type IndexQuery, scanEntryIndex } from "./scan-entry-index";

interface Cell {
  count: number;
  sumLongitude: number;
  sumLatitude: number;
  west: number;
  south: number;
  east: number;
  north: number;
  firstId: string;
}

/**
 * Matching entries counted per grid cell anchored at (-180, -90), as the database aggregate does
 * (same cells, same ids), so the memory and database answers agree.
 */
export function aggregateCellsInMemory(
  index: EntryIndex,
  query: IndexQuery,
  cellDegrees: number,
): { clusters: MapCluster[]; singleIds: string[] } {
  const cells = new Map<string, Cell & { gx: number; gy: number }>();
  scanEntryIndex(index, { ...query, require: "coordinates" }, (i) => {
    const lon = index.longitude[i]!;
    const lat = index.latitude[i]!;
    const gx = Math.floor((lon + 180) / cellDegrees);
    const gy = Math.floor((lat + 90) / cellDegrees);
    const key = `${gx}:${gy}`;
    const cell = cells.get(key);
    if (!cell) {
      cells.set(key, {
        gx,
        gy,
        count: 1,
        sumLongitude: lon,
        sumLatitude: lat,
        west: lon,
        south: lat,
        east: lon,
        north: lat,
        firstId: index.ids[i]!,
      });
      return;
    }
    cell.count += 1;
    cell.sumLongitude += lon;
    cell.sumLatitude += lat;
    cell.west = Math.min(cell.west, lon);
    cell.east = Math.max(cell.east, lon);
    cell.south = Math.min(cell.south, lat);
    cell.north = Math.max(cell.north, lat);
  });
  const clusters: MapCluster[] = [];
  const singleIds: string[] = [];
  for (const cell of cells.values()) {
    if (cell.count === 1) {
      singleIds.push(cell.firstId);
      continue;
    }
    clusters.push({
      id: `cell:${cellDegrees}:${cell.gx}:${cell.gy}`,
      latitude: cell.sumLatitude / cell.count,
      longitude: cell.sumLongitude / cell.count,
      count: cell.count,
      bounds: [cell.west, cell.south, cell.east, cell.north],
      expansionZoom: null,
    });
  }
  return { clusters, singleIds };
}
