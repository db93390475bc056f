import L from "leaflet";

const sizeFor = (count: number) => Math.round(28 + Math.min(24, Math.log10(count) * 10));
const labelFor = (count: number) => (count >= 10_000 ? `${Math.round(count / 1000)}k` : String(count));

/** A count in a circle whose size grows with the number of entries it stands for. */
export function clusterIcon(count: number): L.DivIcon {
  const size = sizeFor(count);
  return L.divIcon({
    className: "cluster-marker",
    html: `<span aria-hidden="true">${labelFor(count)}</span>`,
    iconSize: [size, size],
    iconAnchor: [size / 2, size / 2],
  });
}

/**
 * Turns a drawn cluster marker into one for another count in place: its size, centring and number,
 * as setIcon would make them, without replacing the element (and its listeners and focusability).
 */
export function updateClusterIcon(marker: L.Marker, count: number): void {
  const size = sizeFor(count);
  Object.assign(marker.options.icon!.options, { iconSize: [size, size], iconAnchor: [size / 2, size / 2] });
  const element = marker.getElement();
  if (!element) return;
  element.style.width = element.style.height = `${size}px`;
  element.style.marginLeft = element.style.marginTop = `${-size / 2}px`;
  // The number's own text node is changed, not replaced: one character-data change per cluster.
  const text = element.firstElementChild?.firstChild;
  if (text) text.nodeValue = labelFor(count);
}
