import { createElementObject, createLayerComponent, type LayerProps } from "@react-leaflet/core";
import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import type { EntryThumbnail } from "@/lib/media/entry-thumbnail";
import { EntryMarkers } from "./entry-markers";
import type { PopupLabels } from "./entry-popup";

export interface EntryMarkersProps extends LayerProps {
  onSelect: (entry: EntrySummary) => void;
  popupLabels: PopupLabels;
  autoPanPopup: boolean;
  /** Whether the selection's popup opens when it is drawn, or only when its marker is chosen. */
  popupOnSelect: boolean;
  /** The selection's image, shown in its popup. */
  selectedThumbnail: { entryId: string; thumbnail: EntryThumbnail } | null;
}

const handlersOf = ({ onSelect, popupLabels, autoPanPopup, popupOnSelect, selectedThumbnail }: EntryMarkersProps) => ({
  select: onSelect,
  popupLabels,
  autoPanPopup,
  popupOnSelect,
  selectedThumbnail,
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
      props.popupOnSelect !== prevProps.popupOnSelect ||
      props.selectedThumbnail !== prevProps.selectedThumbnail
    )
      markers.setHandlers(handlersOf(props));
  },
);
