"use client";

import type { FitBoundsOptions, LatLngTuple } from "leaflet";
import "leaflet/dist/leaflet.css";
import { MapContainer } from "react-leaflet/MapContainer";
import { DEFAULT_MAP_CENTER, type MapCenter } from "@/components/explorer/first-map-view";
import type { MapLink, MapView, TileConfig } from "@/components/explorer/types";
import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import type { EntryThumbnail } from "@/lib/media/entry-thumbnail";
import type { MapCluster } from "@/lib/viewport";
import { ClusterMarkersLayer } from "./cluster-markers-layer";
import { EntryDotsLayer } from "./entry-dots-layer";
import { EntryDrawingLayer } from "./entry-drawing-layer";
import { EntryMarkersLayer } from "./entry-markers-layer";
import type { PopupLabels } from "./entry-popup";
import { FitFrame } from "./fit-frame";
import { FollowSelection } from "./follow-selection";
import { LeaderLinesLayer } from "./leader-lines-layer";
import { MapContainerSetup } from "./map-container-setup";
import { OfflineBasemapLayer } from "./offline-basemap-layer";
import { PlaceNames } from "./place-names";
import { RasterTiles } from "./raster-tiles";
import { RelationLinesLayer } from "./relation-lines-layer";
import { ReportView } from "./report-view";
import { type RequestedMapView, RequestedView } from "./requested-view";

export interface MemorialMapProps {
  entries: EntrySummary[];
  /** Places with more entries than the map draws one by one; each zooms in when chosen. */
  clusters: MapCluster[];
  selected: EntrySummary | null;
  links: MapLink[];
  tiles: TileConfig | null;
  reducedMotion: boolean;
  onSelect: (entry: EntrySummary) => void;
  onViewChange: (view: MapView) => void;
  labels: MapLabels;
  /** Where the map opens (from the address); the default frames Europe and Central Asia. */
  initialView: MapCenter | null;
  /** Set by Back and Forward: the map moves there when its version changes. */
  requestedView: RequestedMapView | null;
  /**
   * Frame these points instead (kept in view until the visitor moves the map), leave the view alone
   * when the selection changes, and open no popup until a marker is chosen.
   */
  frame?: { latitude: number; longitude: number }[];
  /** The selection's image, once its details have come: shown in its popup. */
  selectedThumbnail?: { entryId: string; thumbnail: EntryThumbnail } | null;
  /** Out of reach of pointer, keyboard and screen readers (while something lies over most of it). */
  inert?: boolean;
}

export interface MapLabels {
  region: string;
  cluster: (count: number) => string;
  popup: PopupLabels;
}

/** Padding enough for a ring of markers fanned out around a framed point at the edge. */
const FRAME_OPTIONS: FitBoundsOptions = { padding: [56, 56], maxZoom: 8 };

/**
 * The explorer's map: react-leaflet's MapContainer makes the Leaflet map once, with the options it
 * opens with (where, and the motion preference); every layer is a react-leaflet layer component
 * whose Leaflet object is created once and updated in place when its props change.
 */
export default function MemorialMap({
  entries,
  clusters,
  selected,
  links,
  tiles,
  reducedMotion,
  onSelect,
  onViewChange,
  labels,
  initialView,
  requestedView,
  frame,
  selectedThumbnail = null,
  inert = false,
}: MemorialMapProps) {
  const opening = initialView ?? DEFAULT_MAP_CENTER;
  const bounds = frame?.length ? frame.map((p): LatLngTuple => [p.latitude, p.longitude]) : undefined;
  return (
    <MapContainer
      className="memorial-map"
      center={bounds ? undefined : [opening.latitude, opening.longitude]}
      zoom={bounds ? undefined : opening.zoom}
      bounds={bounds}
      boundsOptions={FRAME_OPTIONS}
      minZoom={2}
      worldCopyJump
      zoomAnimation={!reducedMotion}
      fadeAnimation={!reducedMotion}
      inertia={!reducedMotion}
      keyboard
    >
      <MapContainerSetup role="region" label={labels.region} testId="map" inert={inert} />
      <OfflineBasemapLayer />
      <RasterTiles tiles={tiles} />
      <PlaceNames />
      <ReportView onViewChange={onViewChange} />
      <RelationLinesLayer selected={selected} links={links} />
      <EntryDrawingLayer entries={entries} clusters={clusters} selected={selected} links={links}>
        <LeaderLinesLayer />
        <EntryMarkersLayer
          onSelect={onSelect}
          popupLabels={labels.popup}
          autoPanPopup={!reducedMotion}
          popupOnSelect={!frame}
          selectedThumbnail={selectedThumbnail}
        />
        <EntryDotsLayer onSelect={onSelect} />
        <ClusterMarkersLayer label={labels.cluster} reducedMotion={reducedMotion} />
      </EntryDrawingLayer>
      {frame ? <FitFrame frame={frame} options={FRAME_OPTIONS} /> : <FollowSelection selected={selected} reducedMotion={reducedMotion} />}
      <RequestedView requested={requestedView} />
    </MapContainer>
  );
}
