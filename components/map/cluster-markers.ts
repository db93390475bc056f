import L from "leaflet";
import type { MapCluster } from "@/lib/viewport";
import { clusterIcon, updateClusterIcon } from "./cluster-icon";
import type { DrawingSink, DrawnFrame } from "./drawn-frame";
import { onActivate } from "./on-activate";

export interface ClusterMarkerSettings {
  label: (count: number) => string;
  reducedMotion: boolean;
}

interface DrawnCluster {
  marker: L.Marker;
  cluster: MapCluster;
}

const samePlace = (a: MapCluster, b: MapCluster) => a.count === b.count && a.latitude === b.latitude && a.longitude === b.longitude;

/** Zooms to a cluster's entries: to their box when known, else to the zoom at which it splits up. */
function zoomInto(map: L.Map, cluster: MapCluster, reducedMotion: boolean): void {
  if (cluster.bounds) {
    const [west, south, east, north] = cluster.bounds;
    const target = L.latLngBounds([south, west], [north, east]);
    if (reducedMotion) map.fitBounds(target, { animate: false, maxZoom: 18 });
    else map.flyToBounds(target, { maxZoom: 18, duration: 0.6 });
    return;
  }
  const zoom = Math.max(cluster.expansionZoom ?? map.getZoom() + 2, map.getZoom() + 1);
  if (reducedMotion) map.setView([cluster.latitude, cluster.longitude], zoom, { animate: false });
  else map.flyTo([cluster.latitude, cluster.longitude], zoom, { duration: 0.6 });
}

/**
 * The cluster markers: a labelled, focusable count that zooms in when chosen (click, Enter, Space).
 * Kept by cluster id, so the clusters a new answer shares with the last stay as they are; a zoom's
 * answer has new ids throughout, so the markers that go are moved and relabelled for the clusters
 * that come, instead of a few hundred elements removed and as many created.
 */
export class ClusterMarkers extends L.LayerGroup implements DrawingSink {
  private readonly drawn = new Map<string, DrawnCluster>();

  constructor(private settings: ClusterMarkerSettings) {
    super();
  }

  /** Read when a cluster is drawn or chosen: a new label reaches the clusters drawn from then on. */
  setSettings(settings: ClusterMarkerSettings): void {
    this.settings = settings;
  }

  drawFrame({ clusters }: DrawnFrame): void {
    const byId = new Map(clusters.map((c) => [c.id, c]));
    const spare: DrawnCluster[] = [];
    for (const [id, drawn] of this.drawn) {
      const next = byId.get(id);
      if (!next || !samePlace(drawn.cluster, next)) {
        spare.push(drawn);
        this.drawn.delete(id);
      }
    }
    // The focused cluster is never reused for another place: a keyboard user would be left on a
    // button that now means something else. It goes, and focus goes to the map it was on.
    const focused = spare.find((drawn) => drawn.marker.getElement()?.contains(document.activeElement));
    const reusable = spare.filter((drawn) => drawn !== focused);
    for (const cluster of clusters) {
      const drawn = this.drawn.get(cluster.id);
      if (drawn) drawn.cluster = cluster;
      else this.drawn.set(cluster.id, reusable.length ? this.reuse(reusable.pop()!, cluster) : this.create(cluster));
    }
    for (const drawn of reusable) this.removeLayer(drawn.marker);
    if (focused) {
      this.removeLayer(focused.marker);
      this._map?.getContainer().focus({ preventScroll: true });
    }
  }

  private reuse(drawn: DrawnCluster, cluster: MapCluster): DrawnCluster {
    if (drawn.cluster.count !== cluster.count) {
      const label = this.settings.label(cluster.count);
      updateClusterIcon(drawn.marker, cluster.count);
      drawn.marker.options.title = drawn.marker.options.alt = label;
      drawn.marker.getElement()?.setAttribute("aria-label", label);
      drawn.marker.getElement()?.setAttribute("title", label);
    }
    drawn.marker.setLatLng([cluster.latitude, cluster.longitude]);
    drawn.cluster = cluster;
    return drawn;
  }

  private create(cluster: MapCluster): DrawnCluster {
    const label = this.settings.label(cluster.count);
    const marker = L.marker([cluster.latitude, cluster.longitude], {
      icon: clusterIcon(cluster.count),
      title: label,
      alt: label,
      keyboard: true,
    });
    const drawn: DrawnCluster = { marker, cluster };
    onActivate(marker, () => {
      if (this._map) zoomInto(this._map, drawn.cluster, this.settings.reducedMotion);
    });
    this.addLayer(marker);
    marker.getElement()?.setAttribute("aria-label", label);
    return drawn;
  }
}
