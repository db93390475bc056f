import L from "leaflet";

/**
 * The part of the map's layer space (the pixels markers are placed in) that is on screen, widened
 * by `margin` pixels so a marker whose centre is just off the edge still shows its visible part.
 * During a zoom animation Leaflet already holds the target view, so this is the view being zoomed to.
 */
export function drawnArea(map: L.Map, margin: number): L.Bounds {
  const topLeft = map.containerPointToLayerPoint([0, 0]);
  const size = map.getSize();
  return L.bounds(topLeft.subtract([margin, margin]), topLeft.add(size).add([margin, margin]));
}
