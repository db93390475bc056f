import L from "leaflet";

/** A count in a circle whose size grows with the number of entries it stands for. */
export function clusterIcon(count: number): L.DivIcon {
  const size = Math.round(28 + Math.min(24, Math.log10(count) * 10));
  const label = count >= 10_000 ? `${Math.round(count / 1000)}k` : String(count);
  return L.divIcon({
    className: "cluster-marker",
    html: `<span aria-hidden="true">${label}</span>`,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
  });
}
