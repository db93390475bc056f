import L from "leaflet";
import type { DrawingSink, DrawnFrame } from "./drawn-frame";

const LINE: L.PolylineOptions = { className: "leader-line", color: "#333", weight: 1, opacity: 0.8, interactive: false };

/**
 * A thin line from each spread-out marker back to its entry's true point, so a ring of markers
 * around one place still says where that place is. One SVG path for all of them, redrawn only when
 * the markers drawn or their shifts change.
 */
export class LeaderLines extends L.Polyline implements DrawingSink {
  private drawnKey = "";

  constructor() {
    super([], LINE);
  }

  drawFrame({ markers }: DrawnFrame): void {
    const map = this._map;
    if (!map) return;
    const shifted = [...markers.values()].filter(({ state }) => state.dx !== 0 || state.dy !== 0);
    // The shifts are pixels at one zoom: the same shifts at another zoom are other lines.
    const key =
      `${map.getZoom()}/` +
      shifted.map(({ entry, state }) => `${entry.id}:${entry.latitude},${entry.longitude}:${state.dx},${state.dy}`).join("|");
    if (key === this.drawnKey) return;
    this.drawnKey = key;
    this.setLatLngs(
      shifted.map(({ entry, state }) => {
        const point = L.latLng(entry.latitude!, entry.longitude!);
        return [point, map.layerPointToLatLng(map.latLngToLayerPoint(point).add([state.dx, state.dy]))];
      }),
    );
  }

  override onRemove(map: L.Map): this {
    this.drawnKey = "";
    return super.onRemove(map);
  }
}
