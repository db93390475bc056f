import type L from "leaflet";

/** Runs `activate` when a marker is clicked, or pressed with Enter or Space while it has the focus. */
export function onActivate(marker: L.Marker, activate: () => void): void {
  marker.on("click", activate);
  marker.on("keypress", (event: L.LeafletKeyboardEvent) => {
    if (event.originalEvent.key === "Enter" || event.originalEvent.key === " ") activate();
  });
}
