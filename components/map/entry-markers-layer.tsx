import { createElementObject, createLayerComponent, type LayerProps } from "@react-leaflet/core";
import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import { EntryMarkers } from "./entry-markers";
import type { PopupLabels } from "./entry-popup";

export interface EntryMarkersProps extends LayerProps {
  onSelect: (entry: EntrySummary) => void;
  popupLabels: PopupLabels;
  autoPanPopup: boolean;
}

const handlersOf = ({ onSelect, popupLabels, autoPanPopup }: EntryMarkersProps) => ({ select: onSelect, popupLabels, autoPanPopup });

/** The entry markers, inside an EntryDrawingLayer, which tells them what to draw. */
export const EntryMarkersLayer = createLayerComponent<EntryMarkers, EntryMarkersProps>(
  function createEntryMarkers(props, context) {
    return createElementObject(new EntryMarkers(handlersOf(props)), context);
  },
  function updateEntryMarkers(markers, props, prevProps) {
    if (
      props.onSelect !== prevProps.onSelect ||
      props.popupLabels !== prevProps.popupLabels ||
      props.autoPanPopup !== prevProps.autoPanPopup
    )
      markers.setHandlers(handlersOf(props));
  },
);
