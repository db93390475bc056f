import L from "leaflet";

const LINE: L.PolylineOptions = { className: "relation-line", color: "#7a2e2e", weight: 2, dashArray: "6 6", interactive: false };

/**
 * Dashed lines from the selected entry to each entry it is linked to. A new selection or new links
 * move the lines already drawn (one SVG path each), and only the difference in number is added or removed.
 */
export class RelationLines extends L.LayerGroup {
  private readonly lines: L.Polyline[] = [];

  /** No `from` (nothing selected, or no place): no lines. */
  setLines(from: L.LatLngTuple | null, to: L.LatLngTuple[]): void {
    const ends = from ? to : [];
    while (this.lines.length > ends.length) this.removeLayer(this.lines.pop()!);
    ends.forEach((end, i) => {
      const line = this.lines[i];
      if (line) {
        line.setLatLngs([from!, end]);
        return;
      }
      const added = L.polyline([from!, end], LINE);
      this.lines.push(added);
      this.addLayer(added);
    });
  }
}
