"use client";

import { type ComponentType, useSyncExternalStore } from "react";
import { MapLoading } from "@/components/map/map-loading";
import type { MemorialMapProps } from "@/components/map/memorial-map";
import type { MemorialTimelineProps } from "@/components/timeline/memorial-timeline";
import { TimelineLoading } from "@/components/timeline/timeline-loading";

interface Widgets {
  Map: ComponentType<MemorialMapProps>;
  Timeline: ComponentType<MemorialTimelineProps>;
}

/**
 * The explorer's map and timeline as static dependencies of the presentation, not chunks of their own
 * (the explorer's lazy-memorial-map.tsx and lazy-memorial-timeline.tsx): their code is then in the
 * scripts the page's HTML names, fetched alongside React's from the start instead of asked for once
 * those have run, which on a slow school line is what the first step waited on longest. Leaflet and
 * vis-timeline touch `window` as they load, so they are required in the browser only.
 */
const widgets: Widgets | null =
  typeof window === "undefined"
    ? null
    : {
        Map: (require("@/components/map/memorial-map") as typeof import("@/components/map/memorial-map")).default,
        Timeline: (require("@/components/timeline/memorial-timeline") as typeof import("@/components/timeline/memorial-timeline")).default,
      };

const neverChanges = () => () => undefined;

/** False on the server and while hydrating (which must draw what the server drew), true from then on. */
function useHydrated(): boolean {
  return useSyncExternalStore(
    neverChanges,
    () => true,
    () => false,
  );
}

export function PresentationMap(props: MemorialMapProps) {
  return useHydrated() && widgets ? <widgets.Map {...props} /> : <MapLoading />;
}

export function PresentationTimeline(props: MemorialTimelineProps) {
  return useHydrated() && widgets ? <widgets.Timeline {...props} /> : <TimelineLoading />;
}
