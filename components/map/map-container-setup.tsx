import { useEffect, useLayoutEffect } from "react";
import { useMap } from "react-leaflet/hooks";
import { containTransitionEvents } from "./contained-transition-events";

export interface MapContainerSetupProps {
  role: "region" | "application";
  label: string;
  testId: string;
  /** Out of reach (the phone's sheet lies over it): half-covered markers and buttons are no targets. */
  inert?: boolean;
}

/**
 * What the page needs of the map's container beyond what MapContainer gives it (a class and a style):
 * its role and accessible name, its size followed, its transition events kept inside, and an
 * attribution without Leaflet's own link (the page names its sources).
 */
export function MapContainerSetup({ role, label, testId, inert = false }: MapContainerSetupProps) {
  const map = useMap();
  // Before the first paint of the map, so it is never shown (or found by a test) without its name.
  useLayoutEffect(() => {
    const container = map.getContainer();
    container.setAttribute("role", role);
    container.setAttribute("aria-label", label);
    container.dataset.testid = testId;
  }, [map, role, label, testId]);
  useLayoutEffect(() => {
    map.attributionControl?.setPrefix(false);
  }, [map]);
  useLayoutEffect(() => {
    map.getContainer().inert = inert;
  }, [map, inert]);
  useEffect(() => {
    const container = map.getContainer();
    const releaseTransitionEvents = containTransitionEvents(container);
    // Leaflet sees only window resizes; the container can change size on its own (layout, the phone sheet),
    // and only what is on screen is drawn. A changed size ends in moveend: the view is asked for and drawn again.
    const resize = new ResizeObserver(() => map.invalidateSize({ pan: false }));
    resize.observe(container);
    return () => {
      releaseTransitionEvents();
      resize.disconnect();
    };
  }, [map]);
  return null;
}
