import { createElementObject, createLayerComponent, type LayerProps } from "@react-leaflet/core";
import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import { EntryDots } from "./entry-dots";

export interface EntryDotsProps extends LayerProps {
  onSelect: (entry: EntrySummary) => void;
}

/** The canvas dots of a dense view, inside an EntryDrawingLayer, which tells them what to draw. */
export const EntryDotsLayer = createLayerComponent<EntryDots, EntryDotsProps>(
  function createEntryDots(props, context) {
    return createElementObject(new EntryDots(props.onSelect), context);
  },
  function updateEntryDots(dots, props, prevProps) {
    if (props.onSelect !== prevProps.onSelect) dots.setSelect(props.onSelect);
  },
);
