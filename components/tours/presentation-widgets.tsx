"use client";

import dynamic from "next/dynamic";
import { MapLoading } from "@/components/map/map-loading";
import { TimelineLoading } from "@/components/timeline/timeline-loading";

/*
 * The explorer's map and timeline for the presentation, each in a chunk of its own that the page's HTML
 * names from the start (rendered on the server, which makes next/dynamic preload the chunk, as a
 * placeholder: presentation-map.tsx, presentation-timeline.tsx). On a slow school line their code then
 * downloads alongside React's instead of being asked for once React's has run, and the rest of the page
 * hydrates without waiting for it. The explorer loads them lazily instead (lazy-memorial-map.tsx).
 */
export const PresentationMap = dynamic(() => import("./presentation-map"), { loading: MapLoading });
export const PresentationTimeline = dynamic(() => import("./presentation-timeline"), { loading: TimelineLoading });
