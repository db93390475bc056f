import { createElementObject, createLayerComponent, extendContext, type LayerProps } from "@react-leaflet/core";
import type { ReactNode } from "react";
import type { MapLink } from "@/components/explorer/types";
import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import type { MapCluster } from "@/lib/viewport";
import { MapDrawing, type WantedDrawing } from "./map-drawing";

export interface EntryDrawingProps extends LayerProps {
  entries: EntrySummary[];
  /** Places with more entries than the map draws one by one. */
  clusters: MapCluster[];
  selected: EntrySummary | null;
  /** The selection's related entries: drawn as markers wherever they are, even outside the answer. */
  links: MapLink[];
  /** The layers it draws into: EntryMarkersLayer, EntryDotsLayer, ClusterMarkersLayer. */
  children: ReactNode;
}

function wantedDrawing({ entries, clusters, selected, links }: EntryDrawingProps, drawn: EntrySummary[]): WantedDrawing {
  const located = [...entries, ...links.map((l) => l.entry)].filter((e) => e.latitude !== null && e.longitude !== null);
  const unique = [...new Map(located.map((e) => [e.id, e])).values()];
  return {
    // The same entries as drawn (a selection within the answer): the same array, so nothing is placed again.
    entries: unique.length === drawn.length && unique.every((e, i) => e === drawn[i]) ? drawn : unique,
    clusters,
    selectedId: selected?.id ?? null,
    relatedIds: new Set(links.map((l) => l.entry.id)),
  };
}

/**
 * The entries and clusters of the map's answer, drawn into its child layers (each added to the
 * drawing through react-leaflet's layer container): created once, and told what is wanted when the
 * answer, the selection or its links change.
 */
export const EntryDrawingLayer = createLayerComponent<MapDrawing, EntryDrawingProps>(
  function createEntryDrawing(props, context) {
    const drawing = new MapDrawing(wantedDrawing(props, []));
    return createElementObject(drawing, extendContext(context, { layerContainer: drawing }));
  },
  function updateEntryDrawing(drawing, props, prevProps) {
    if (
      props.entries !== prevProps.entries ||
      props.clusters !== prevProps.clusters ||
      props.selected !== prevProps.selected ||
      props.links !== prevProps.links
    )
      drawing.setWanted(wantedDrawing(props, drawing.wanted.entries));
  },
);
