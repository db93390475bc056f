"use client";

import dynamic from "next/dynamic";
import { TimelineLoading } from "./timeline-loading";

// Started as this module runs in the browser, before hydration renders the timeline, so the chunk
// downloads alongside the page's own scripts instead of after them; one import function for
// this and for dynamic(), else the bundler emits a second copy of the chunk for the second call.
const load = () => import("./memorial-timeline");
if (typeof window !== "undefined") load().catch(() => undefined);

/** vis-timeline touches `window`, so the timeline loads in the browser only, in its own chunk. */
export const LazyMemorialTimeline = dynamic(load, { ssr: false, loading: TimelineLoading });
