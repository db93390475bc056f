"use client";

import type { MemorialTimelineProps } from "@/components/timeline/memorial-timeline";
import { TimelineLoading } from "@/components/timeline/timeline-loading";
import { useHydrated } from "./use-hydrated";

// vis-timeline touches `window` as it loads: required in the browser only, yet a static dependency, so it
// is in this module's own chunk (presentation-widgets.tsx).
const MemorialTimeline =
  typeof window === "undefined"
    ? null
    : (require("@/components/timeline/memorial-timeline") as typeof import("@/components/timeline/memorial-timeline")).default;

/** The explorer's timeline, drawn once the page is hydrated; the server and hydration draw its placeholder. */
export default function PresentationTimeline(props: MemorialTimelineProps) {
  return useHydrated() && MemorialTimeline ? <MemorialTimeline {...props} /> : <TimelineLoading />;
}
