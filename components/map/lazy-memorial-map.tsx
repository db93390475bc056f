"use client";

import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";

function MapLoading() {
  return <div className="memorial-map is-loading">{useTranslations("explorer")("loadingMap")}</div>;
}

/** Leaflet touches `window`, so the map loads in the browser only, in its own chunk. */
export const LazyMemorialMap = dynamic(() => import("./memorial-map"), { ssr: false, loading: MapLoading });
