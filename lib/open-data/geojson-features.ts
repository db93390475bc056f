import type { Relation } from "./schemas/relation-schemas";

interface Located {
  latitude: number | null;
  longitude: number | null;
}

/** RFC 7946: longitude first; a record without a map point is a feature with no geometry. */
export function pointGeometry(record: Located) {
  return record.latitude === null || record.longitude === null
    ? null
    : { type: "Point" as const, coordinates: [record.longitude, record.latitude] as [number, number] };
}

/** A record with a place as a feature: its slug the id, its point the geometry, the rest its properties. */
export function recordFeature<R extends Located & { slug: string }>({ latitude, longitude, ...properties }: R) {
  return { type: "Feature" as const, id: properties.slug, geometry: pointGeometry({ latitude, longitude }), properties };
}

/** A link as the line between its two entries, when both are on the map. */
export function relationFeature(relation: Relation) {
  const from = pointGeometry(relation.from);
  const to = pointGeometry(relation.to);
  return {
    type: "Feature" as const,
    id: relation.id,
    geometry: from && to ? { type: "LineString" as const, coordinates: [from.coordinates, to.coordinates] } : null,
    properties: relation,
  };
}

export function featureCollection(features: unknown[], next: string | null) {
  return { type: "FeatureCollection" as const, features, next };
}
