"use client";

import L from "leaflet";
import "leaflet/dist/leaflet.css";
import { useEffect, useRef, useState } from "react";
import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import type { MapCluster } from "@/lib/data/viewport/viewport-result";
import type { MapLink, MapView, TileConfig } from "@/components/explorer/types";
import { clusterIcon } from "./cluster-icon";
import { entryPopupContent, type PopupLabels } from "./entry-popup";
import { viewAt } from "./map-view-at";
import { declutterOffsets } from "./declutter";
import { markerIcon } from "./marker-icon";
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
  /** Data for a new view is on its way: a zoom alone does not redraw the markers it will replace. */
  awaitingData?: boolean;
}

interface MapCenter {
  latitude: number;
  longitude: number;
  zoom: number;
}

export interface MapLabels {
  region: string;
  cluster: (count: number) => string;
  popup: PopupLabels;
}

const INITIAL_CENTER: L.LatLngTuple = [54, 40];
const INITIAL_ZOOM = 4;
/** After this many failed tiles the tile layer is dropped and the offline basemap shows alone. */
const TILE_ERRORS_BEFORE_FALLBACK = 4;
/** Centre-to-centre distance that keeps 24 px markers apart. */
const MARKER_SPACING = 28;

interface MarkerRecord {
  marker: L.Marker;
  stateKey: string;
}

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
  awaitingData = false,
}: MemorialMapProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const mapRef = useRef<L.Map | null>(null);
  const markersRef = useRef(new Map<string, MarkerRecord>());
  const markerLayerRef = useRef<L.LayerGroup | null>(null);
  const linkLayerRef = useRef<L.LayerGroup | null>(null);
  const clusterLayerRef = useRef<L.LayerGroup | null>(null);
  const callbacks = useRef({ onSelect, onViewChange });
  callbacks.current = { onSelect, onViewChange };
  // Marker spreading depends on the zoom, so a zoom redraws the markers.
  const [zoomLevel, setZoomLevel] = useState<number | null>(null);
  // Markers added while Leaflet animates a zoom would sit at the old scale until it ends, so data
  // that arrives during the animation is drawn at its end (zoomend changes zoomLevel).
  const animatingRef = useRef(false);
  const drawnClustersRef = useRef<MapCluster[] | null>(null);
  const drawnMarkersRef = useRef<unknown[]>([]);
  const labelsRef = useRef(labels);
  labelsRef.current = labels;

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const map = L.map(container, {
      center: initialView ? [initialView.latitude, initialView.longitude] : INITIAL_CENTER,
      zoom: initialView?.zoom ?? INITIAL_ZOOM,
      minZoom: 2,
      worldCopyJump: true,
      zoomAnimation: !reducedMotion,
      keyboard: true,
    });
    mapRef.current = map;
    if (frame?.length) map.fitBounds(L.latLngBounds(frame.map((p) => [p.latitude, p.longitude] as L.LatLngTuple)), { padding: [30, 30], maxZoom: 8 });
    map.attributionControl.setPrefix(false);
    map.attributionControl.addAttribution("Natural Earth");
    markerLayerRef.current = L.layerGroup().addTo(map);
    clusterLayerRef.current = L.layerGroup().addTo(map);
    linkLayerRef.current = L.layerGroup().addTo(map);

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
    const reportBounds = () => report(map.getCenter(), map.getZoom());
    // The animation's target is known when it starts: ask for its data then, not 250 ms later.
    const predict = (event: L.ZoomAnimEvent) => {
      animatingRef.current = true;
      report(event.center, event.zoom);
    };
    const onZoom = () => {
      animatingRef.current = false;
      setZoomLevel(map.getZoom());
    };
    map.on("moveend", reportBounds);
    map.on("zoomanim", predict);
    map.on("zoomend", onZoom);
    reportBounds();

    return () => {
      controller.abort();
      map.off("moveend", reportBounds);
      map.off("zoomanim", predict);
      map.off("zoomend", onZoom);
      map.remove();
      mapRef.current = null;
      markersRef.current.clear();
    };
    // Created once: tiles and the motion preference are read when the map is made.
  }, []);

  const relatedIds = new Set(links.map((l) => l.entry.id));
  const relatedKey = [...relatedIds].sort().join(",");

  useEffect(() => {
    const layer = markerLayerRef.current;
    if (!layer || animatingRef.current) return;
    const inputs = [entries, links, selected, relatedKey];
    // Only the zoom changed and the new view's markers are coming: spreading the old ones again is wasted work.
    if (awaitingData && inputs.every((input, i) => input === drawnMarkersRef.current[i])) return;
    drawnMarkersRef.current = inputs;
    const markers = markersRef.current;
    const wanted = new Map(
      [...entries, ...links.map((l) => l.entry)].filter((e) => e.latitude !== null && e.longitude !== null).map((e) => [e.id, e]),
    );
    for (const [id, record] of markers) {
      if (!wanted.has(id)) {
        layer.removeLayer(record.marker);
        markers.delete(id);
      }
    }
    const map = mapRef.current!;
    const offsets = declutterOffsets(
      [...wanted.values()].map((e) => {
        const point = map.latLngToLayerPoint([e.latitude!, e.longitude!]);
        return { id: e.id, x: point.x, y: point.y };
      }),
      MARKER_SPACING,
    );
    for (const entry of wanted.values()) {
      const state = {
        selected: entry.id === selected?.id,
        related: relatedIds.has(entry.id),
        ...(offsets.get(entry.id) ?? { dx: 0, dy: 0 }),
      };
      const stateKey = JSON.stringify([state, entry.title]);
      const existing = markers.get(entry.id);
      if (existing?.stateKey === stateKey) continue;
      const icon = markerIcon(entry.kind, state);
      if (existing) {
        existing.marker.setIcon(icon);
        existing.stateKey = stateKey;
        existing.marker.getElement()?.setAttribute("aria-label", entry.title);
        continue;
      }
      const marker = L.marker([entry.latitude!, entry.longitude!], {
        icon,
        title: entry.title,
        alt: entry.title,
        keyboard: true,
        riseOnHover: true,
      });
      marker.bindPopup(() => entryPopupContent(entry, labelsRef.current.popup), { autoPan: !reducedMotion });
      marker.on("click", () => callbacks.current.onSelect(entry));
      marker.on("keypress", (event: L.LeafletKeyboardEvent) => {
        if (event.originalEvent.key === "Enter" || event.originalEvent.key === " ") callbacks.current.onSelect(entry);
      });
      marker.addTo(layer);
      marker.getElement()?.setAttribute("aria-label", entry.title);
      marker.getElement()?.setAttribute("data-entry-id", entry.id);
      markers.set(entry.id, { marker, stateKey });
    }
    if (selected) {
      const marker = markers.get(selected.id)?.marker;
      if (marker && !marker.isPopupOpen()) marker.openPopup();
    }
  }, [entries, links, selected, relatedKey, reducedMotion, zoomLevel, awaitingData]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || !requestedView) return;
    const { latitude, longitude, zoom } = requestedView.value;
    map.setView([latitude, longitude], zoom, { animate: false });
  }, [requestedView]);

  useEffect(() => {
    const map = mapRef.current;
    const layer = clusterLayerRef.current;
    // A zoom's end re-runs this; clusters already drawn stay as they are.
    if (!map || !layer || animatingRef.current || drawnClustersRef.current === clusters) return;
    drawnClustersRef.current = clusters;
    layer.clearLayers();
    for (const cluster of clusters) {
      const label = labelsRef.current.cluster(cluster.count);
      const marker = L.marker([cluster.latitude, cluster.longitude], { icon: clusterIcon(cluster.count), title: label, alt: label, keyboard: true });
      const zoomIn = () => {
        if (cluster.bounds) {
          const [west, south, east, north] = cluster.bounds;
          const target = L.latLngBounds([south, west], [north, east]);
          if (reducedMotion) map.fitBounds(target, { animate: false, maxZoom: 18 });
          else map.flyToBounds(target, { maxZoom: 18, duration: 0.6 });
          return;
        }
        const zoom = Math.max(cluster.expansionZoom ?? map.getZoom() + 2, map.getZoom() + 1);
        if (reducedMotion) map.setView([cluster.latitude, cluster.longitude], zoom, { animate: false });
        else map.flyTo([cluster.latitude, cluster.longitude], zoom, { duration: 0.6 });
      };
      marker.on("click", zoomIn);
      marker.on("keypress", (event: L.LeafletKeyboardEvent) => {
        if (event.originalEvent.key === "Enter" || event.originalEvent.key === " ") zoomIn();
      });
      marker.addTo(layer);
      marker.getElement()?.setAttribute("aria-label", label);
    }
  }, [clusters, reducedMotion, zoomLevel]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map || frame || !selected || selected.latitude === null || selected.longitude === null) return;
    const target = L.latLng(selected.latitude, selected.longitude);
    const zoom = Math.max(map.getZoom(), 6);
    if (map.getBounds().pad(-0.1).contains(target) && map.getZoom() >= zoom) return;
    if (reducedMotion) map.setView(target, zoom, { animate: false });
    else map.flyTo(target, zoom, { duration: 0.8 });
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
