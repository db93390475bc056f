import { z } from "zod";
import { CONTENT_LOCALES } from "@/lib/content/locales";
import { key } from "@/lib/validation/messages";

/** Longest place query: a name, not a text (the search's cost grows with it). */
export const PLACE_QUERY_MAX = 100;
export const PLACE_LIMIT_MAX = 50;

/** A number from the query string: empty is missing, not 0 (as z.coerce alone would read it). */
const numberParameter = (min: number, max: number) => z.string().trim().min(1).transform(Number).pipe(z.number().min(min).max(max));
const countryParameter = z
  .string()
  .regex(/^[A-Za-z]{2}$/, "Countries are two-letter ISO codes")
  .transform((code) => code.toUpperCase());

/** GET /api/v1/places */
export const placeSearchQuerySchema = z.object({
  q: z.string().trim().min(1, key("searchEmpty")).max(PLACE_QUERY_MAX),
  locale: z.enum(CONTENT_LOCALES).default("en"),
  limit: numberParameter(1, PLACE_LIMIT_MAX).pipe(z.number().int()).default(10),
  /** Places in this country rank higher. */
  country: countryParameter.optional(),
  /** "lat,lng": places near it rank higher. */
  near: z
    .string()
    .transform((value, ctx) => {
      const [latitude, longitude, ...rest] = value.split(",").map((part) => (part.trim() === "" ? Number.NaN : Number(part)));
      if (rest.length > 0 || !(Math.abs(latitude!) <= 90) || !(Math.abs(longitude!) <= 180)) {
        ctx.addIssue({ code: "custom", message: "near must be latitude,longitude in degrees" });
        return z.NEVER;
      }
      return { latitude: latitude!, longitude: longitude! };
    })
    .optional(),
});

/** GET /api/v1/places/check */
export const pointCheckQuerySchema = z.object({
  lat: numberParameter(-90, 90),
  lng: numberParameter(-180, 180),
  country: countryParameter.optional(),
});
