import { createElementObject, createLayerComponent, type LayerProps } from "@react-leaflet/core";
import type L from "leaflet";
import type { MapLink } from "@/components/explorer/types";
import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import { RelationLines } from "./relation-lines";

export interface RelationLinesProps extends LayerProps {
  selected: EntrySummary | null;
  links: MapLink[];
}

function draw(lines: RelationLines, { selected, links }: RelationLinesProps): void {
  const from: L.LatLngTuple | null =
    selected && selected.latitude !== null && selected.longitude !== null ? [selected.latitude, selected.longitude] : null;
  lines.setLines(
    from,
    links.map((link): L.LatLngTuple => [link.entry.latitude, link.entry.longitude]),
  );
}

/** Lines from the selected entry to its related entries, moved in place when either changes. */
export const RelationLinesLayer = createLayerComponent<RelationLines, RelationLinesProps>(
  function createRelationLines(props, context) {
    const lines = new RelationLines();
    draw(lines, props);
    return createElementObject(lines, context);
  },
  function updateRelationLines(lines, props, prevProps) {
    if (props.selected !== prevProps.selected || props.links !== prevProps.links) draw(lines, props);
  },
);
