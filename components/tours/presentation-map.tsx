"use client";

import { MapLoading } from "@/components/map/map-loading";
import type { MemorialMapProps } from "@/components/map/memorial-map";
import { useHydrated } from "./use-hydrated";

// Leaflet touches `window` as it loads: required in the browser only, yet a static dependency, so it is
// in this module's own chunk (presentation-widgets.tsx).
const MemorialMap =
  typeof window === "undefined"
    ? null
    : (require("@/components/map/memorial-map") as typeof import("@/components/map/memorial-map")).default;

/** The explorer's map, drawn once the page is hydrated; the server and hydration draw its placeholder. */
export default function PresentationMap(props: MemorialMapProps) {
  return useHydrated() && MemorialMap ? <MemorialMap {...props} /> : <MapLoading />;
}
