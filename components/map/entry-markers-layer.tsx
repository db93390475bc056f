import { createElementObject, createLayerComponent, type LayerProps } from "@react-leaflet/core";
import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import { EntryMarkers } from "./entry-markers";
import type { PopupLabels } from "./entry-popup";

export interface EntryMarkersProps extends LayerProps {
  onSelect: (entry: EntrySummary) => void;
  popupLabels: PopupLabels;
  autoPanPopup: boolean;
  /** Whether the selection's popup opens when it is drawn, or only when its marker is chosen. */
  popupOnSelect: boolean;
}

const handlersOf = ({ onSelect, popupLabels, autoPanPopup, popupOnSelect }: EntryMarkersProps) => ({
  select: onSelect,
  popupLabels,
  autoPanPopup,
  popupOnSelect,
});

/** The entry markers, inside an EntryDrawingLayer, which tells them what to draw. */
export const EntryMarkersLayer = createLayerComponent<EntryMarkers, EntryMarkersProps>(
  function createEntryMarkers(props, context) {
    return createElementObject(new EntryMarkers(handlersOf(props)), context);
  },
  function updateEntryMarkers(markers, props, prevProps) {
    if (
      props.onSelect !== prevProps.onSelect ||
      props.popupLabels !== prevProps.popupLabels ||
      props.autoPanPopup !== prevProps.autoPanPopup ||
      props.popupOnSelect !== prevProps.popupOnSelect
    )
      markers.setHandlers(handlersOf(props));
  },
);
