import L from "leaflet";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";

/** Natural Earth country outlines served by the app itself: the map's basemap when no tiles are configured or they fail. */
export async function addOfflineBasemap(map: L.Map, signal: AbortSignal): Promise<L.GeoJSON | null> {
  const response = await fetch("/basemap/countries-50m.json", { signal });
  if (!response.ok) return null;
  const topology = (await response.json()) as Topology<{ countries: GeometryCollection }>;
  const countries = feature(topology, topology.objects.countries);
  const pane = map.getPane("basemap") ?? map.createPane("basemap");
  pane.style.zIndex = "150";
  return L.geoJSON(countries, {
    pane: "basemap",
    interactive: false,
    style: { color: "#8a8f98", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 },
  }).addTo(map);
}
