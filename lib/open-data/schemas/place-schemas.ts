import { z } from "zod";
import { ENTRY_KINDS } from "@/lib/content/entry-kinds";

/**
 * What GET /api/v1/places and /api/v1/places/check answer (lib/gazetteer/place-result.ts and
 * point-check.ts), for the document; a test parses real answers with them.
 */
const placeNamesSchema = z.object({ en: z.string().optional(), ru: z.string().optional() }).strict();

export const placeResultSchema = z
  .object({
    id: z.string().meta({ description: '"entry:<slug>" or "geonames:<id>": stable across calls.' }),
    name: z.string().meta({ description: "In the language asked for where known, else in the other." }),
    names: placeNamesSchema,
    matchedName: z.string().optional().meta({
      description:
        'The former or foreign name the query found the place by ("Königsberg" for Kaliningrad); absent when a current name matched.',
    }),
    country: z.string().nullable().meta({ description: "ISO 3166-1 alpha-2; null where the entry states none." }),
    latitude: z.number(),
    longitude: z.number(),
    population: z.number().int().optional(),
    source: z.enum(["collection", "geonames"]),
    slug: z.string().optional().meta({ description: "Collection entries: the entry's address." }),
    kind: z.enum(ENTRY_KINDS).optional(),
  })
  .strict()
  .meta({ id: "Place", description: "A published collection entry with a point, or a GeoNames city." });

export const placeSearchResultsSchema = z
  .object({ places: z.array(placeResultSchema), attribution: z.string().meta({ description: "The credit GeoNames asks for." }) })
  .strict()
  .meta({ id: "PlaceSearchResults" });

export const pointCheckSchema = z
  .object({
    atSea: z.boolean().meta({ description: "Not on land and farther than about a kilometre from it, as the basemap draws the coast." }),
    country: z
      .object({ code: z.string().nullable(), names: placeNamesSchema.extend({ en: z.string() }) })
      .strict()
      .nullable()
      .meta({ description: "The country whose polygon holds the point (on a coast, the nearest)." }),
    inStatedCountry: z
      .boolean()
      .optional()
      .meta({ description: "Only when `country` was given: whether the point lies in (or on the coast of) it." }),
    basemap: z.string().meta({ description: "The outlines the check was made against." }),
  })
  .strict()
  .meta({ id: "PointCheck" });
