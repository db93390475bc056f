import { z } from "zod";

/** RFC 7946 geometries the API writes: points (entries) and two-point lines (relations), longitude first. */
export const pointSchema = z
  .object({ type: z.literal("Point"), coordinates: z.tuple([z.number(), z.number()]).meta({ description: "[longitude, latitude]" }) })
  .meta({ description: "GeoJSON Point." });

export const lineSchema = z
  .object({ type: z.literal("LineString"), coordinates: z.array(z.tuple([z.number(), z.number()])).length(2) })
  .meta({ description: "GeoJSON LineString." });

/** A GeoJSON Feature with these properties; a record without a place has `geometry: null`. */
export function featureSchema<P extends z.ZodType>(properties: P, geometry: z.ZodType, id: string) {
  return z.object({ type: z.literal("Feature"), id: z.string(), geometry: geometry.nullable(), properties }).meta({ id });
}

/** A FeatureCollection page, with the next page's address as a foreign member. */
export function featureCollectionSchema(feature: z.ZodType, id: string) {
  return z
    .object({
      type: z.literal("FeatureCollection"),
      features: z.array(feature),
      next: z.url().nullable().meta({ description: "The next page, or null on the last one." }),
    })
    .meta({ id });
}
