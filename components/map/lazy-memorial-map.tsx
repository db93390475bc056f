"use client";

import dynamic from "next/dynamic";
import { MapLoading } from "./map-loading";

// Started as this module runs in the browser, before hydration renders the map, so the chunk
// downloads alongside the page's own scripts instead of after them; one import function for
// this and for dynamic(), else the bundler emits a second copy of the chunk for the second call.
const load = () => import("./memorial-map");
if (typeof window !== "undefined") load().catch(() => undefined);

/** Leaflet touches `window`, so the map loads in the browser only, in its own chunk. */
export const LazyMemorialMap = dynamic(load, { ssr: false, loading: MapLoading });
