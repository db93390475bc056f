"use client";

import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { useEffect, useRef } from "react";
import { DEFAULT_MAP_CENTER, type MapCenter } from "@/components/explorer/first-map-view";
import type { MapLink, MapView, TileConfig } from "@/components/explorer/types";
import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import type { MapCluster } from "@/lib/viewport";
import { ClusterMarkers } from "./cluster-markers";
import { containTransitionEvents } from "./contained-transition-events";
import { EntryDots } from "./entry-dots";
import { EntryMarkers } from "./entry-markers";
import { entryPopupContent, type PopupLabels } from "./entry-popup";
import { MapDrawing, type WantedDrawing } from "./map-drawing";
import { viewAt } from "./map-view-at";
import { addOfflineBasemap } from "./offline-basemap";

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
  requestedView: { value: MapCenter; version: number } | null;
  /** Open framing these points instead, and leave the view alone when the selection changes. */
  frame?: { latitude: number; longitude: number }[];
}

export interface MapLabels {
  region: string;
  cluster: (count: number) => string;
  popup: PopupLabels;
}

/** After this many failed tiles the tile layer is dropped and the offline basemap shows alone. */
const TILE_ERRORS_BEFORE_FALLBACK = 4;
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
}: MemorialMapProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const linkLayerRef = useRef<L.LayerGroup | null>(null);
  const callbacks = useRef({ onSelect, onViewChange });
  callbacks.current = { onSelect, onViewChange };
  const labelsRef = useRef(labels);
  labelsRef.current = labels;
  const relatedKey = links
    .map((l) => l.entry.id)
    .sort()
    .join(",");
  // Draws the wanted entries and clusters that are in view; set up with the map.
  const drawingRef = useRef<MapDrawing | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the map is created once; later props reach it through the effects below, never by recreating it
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const opening = initialView ?? DEFAULT_MAP_CENTER;
    const map = L.map(container, {
      center: [opening.latitude, opening.longitude],
      zoom: opening.zoom,
      minZoom: 2,
      worldCopyJump: true,
      zoomAnimation: !reducedMotion,
      fadeAnimation: !reducedMotion,
      inertia: !reducedMotion,
      keyboard: true,
    });
    mapRef.current = map;
    const releaseTransitionEvents = containTransitionEvents(container);
    if (frame?.length)
      map.fitBounds(L.latLngBounds(frame.map((p) => [p.latitude, p.longitude] as L.LatLngTuple)), { padding: [30, 30], maxZoom: 8 });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Natural Earth");
    const markerLayer = L.layerGroup().addTo(map);
    const clusterLayer = L.layerGroup().addTo(map);
    linkLayerRef.current = L.layerGroup().addTo(map);
    const select = (entry: EntrySummary) => callbacks.current.onSelect(entry);
    const entryMarkers = new EntryMarkers(markerLayer, {
      select,
      popup: (entry) => entryPopupContent(entry, labelsRef.current.popup),
      autoPanPopup: !reducedMotion,
    });
    const clusterMarkers = new ClusterMarkers(map, clusterLayer, (count) => labelsRef.current.cluster(count), reducedMotion);
    const dots = new EntryDots(map, select);
    const drawing = new MapDrawing(map, entryMarkers, clusterMarkers, dots);
    drawingRef.current = drawing;
    const draw = (relayout: boolean) => drawing.draw(relayout);

    const controller = new AbortController();
    addOfflineBasemap(map, controller.signal).catch(() => undefined);

    if (tiles) {
      let failures = 0;
      const tileLayer = L.tileLayer(tiles.url, { attribution: tiles.attribution, maxZoom: 18 });
      const onTileError = () => {
        failures += 1;
        if (failures >= TILE_ERRORS_BEFORE_FALLBACK && map.hasLayer(tileLayer)) {
          map.removeLayer(tileLayer);
          container.dataset.tiles = "failed";
        }
      };
      tileLayer.on("tileerror", onTileError).addTo(map);
      container.dataset.tiles = "on";
    } else {
      container.dataset.tiles = "off";
    }

    const report = (center: L.LatLng, zoom: number) => callbacks.current.onViewChange(viewAt(map, center, zoom));
    // A zoom's markers are placed when its answer arrives (during the animation when it is quick);
    // a pan draws at once what the answer already held for the new view, then asks for the next.
    const onMoveEnd = () => {
      report(map.getCenter(), map.getZoom());
      draw(false);
    };
    // The animation's target is known when it starts: ask for its data then, not 250 ms later.
    const predict = (event: L.ZoomAnimEvent) => report(event.center, event.zoom);
    let frameRequest = 0;
    // While dragging, markers coming into view are drawn once a frame.
    const onMove = () => {
      if (frameRequest) return;
      frameRequest = requestAnimationFrame(() => {
        frameRequest = 0;
        draw(false);
      });
    };
    map.on("moveend", onMoveEnd);
    map.on("zoomanim", predict);
    map.on("move", onMove);
    // Leaflet sees only window resizes; the container can change size on its own (layout, the phone sheet),
    // and only what is on screen is drawn. A changed size ends in moveend: the view is asked for and drawn again.
    const resize = new ResizeObserver(() => map.invalidateSize({ pan: false }));
    resize.observe(container);
    report(map.getCenter(), map.getZoom());

    return () => {
      controller.abort();
      releaseTransitionEvents();
      resize.disconnect();
      cancelAnimationFrame(frameRequest);
      map.off("moveend", onMoveEnd);
      map.off("zoomanim", predict);
      map.off("move", onMove);
      drawingRef.current = null;
      dots.destroy();
      map.remove();
      mapRef.current = null;
    };
    // Created once: tiles and the motion preference are read when the map is made.
  }, []);

  useEffect(() => {
    const located = [...entries, ...links.map((l) => l.entry)].filter((e) => e.latitude !== null && e.longitude !== null);
    const drawing = drawingRef.current;
    if (!drawing) return;
    const unique = [...new Map(located.map((e) => [e.id, e])).values()];
    const previous = drawing.wanted.entries;
    const wanted: WantedDrawing = {
      // The same entries as drawn (a selection within the answer): the same array, so nothing is placed again.
      entries: unique.length === previous.length && unique.every((e, i) => e === previous[i]) ? previous : unique,
      clusters,
      selectedId: selected?.id ?? null,
      relatedIds: new Set(relatedKey ? relatedKey.split(",") : []),
    };
    drawing.wanted = wanted;
    drawing.draw(true);
    // `relatedKey` stands for `links`' ids; `links` itself is read for the entries it adds.
  }, [entries, links, clusters, selected, relatedKey]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !requestedView) return;
    const { latitude, longitude, zoom } = requestedView.value;
    map.setView([latitude, longitude], zoom, { animate: false });
  }, [requestedView]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || frame || !selected || selected.latitude === null || selected.longitude === null) return;
    const target = L.latLng(selected.latitude, selected.longitude);
    const zoom = Math.max(map.getZoom(), 6);
    if (map.getBounds().pad(-0.1).contains(target) && map.getZoom() >= zoom) return;
    // Moving every marker is the next frame's work: this one shows the selection in both views first.
    const move = requestAnimationFrame(() => {
      if (reducedMotion) map.setView(target, zoom, { animate: false });
      else map.flyTo(target, zoom, { duration: 0.8 });
    });
    return () => cancelAnimationFrame(move);
  }, [selected, reducedMotion, frame]);

  useEffect(() => {
    const layer = linkLayerRef.current;
    if (!layer) return;
    layer.clearLayers();
    if (!selected || selected.latitude === null || selected.longitude === null) return;
    const from = L.latLng(selected.latitude, selected.longitude);
    for (const link of links) {
      L.polyline([from, [link.entry.latitude, link.entry.longitude]], {
        className: "relation-line",
        color: "#7a2e2e",
        weight: 2,
        dashArray: "6 6",
        interactive: false,
      }).addTo(layer);
    }
  }, [selected, links]);

  return <div ref={containerRef} className="memorial-map" role="region" aria-label={labels.region} data-testid="map" />;
}
