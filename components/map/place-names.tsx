import dynamic from "next/dynamic";
import { useLocale } from "next-intl";
import { useState } from "react";
import { useMap, useMapEvents } from "react-leaflet/hooks";

// A chunk of its own, fetched the first time names are wanted: never part of the page's first load.
const PlaceLabelsLayer = dynamic(() => import("./place-labels-layer"), { ssr: false });

/** A view opened this close shows names at once; the overview pages open on gets them with its first move. */
const AT_ONCE_FROM_ZOOM = 5;

/** Place names on a map, in the page's language, from the first zoom or pan (or at once when opened close in). */
export function PlaceNames() {
  const map = useMap();
  const [wanted, setWanted] = useState(() => map.getZoom() >= AT_ONCE_FROM_ZOOM);
  useMapEvents({ zoomstart: () => setWanted(true), dragstart: () => setWanted(true), keydown: () => setWanted(true) });
  const locale = useLocale();
  return wanted ? <PlaceLabelsLayer locale={locale} /> : null;
}
