import { z } from "zod";
import { entrySummarySchema } from "./entry-schemas";

/** What GET /api/v1/viewport answers (lib/viewport/viewport-result.ts), for the document; a test parses real answers with it. */
const clusterSchema = z
  .object({
    id: z.string(),
    latitude: z.number(),
    longitude: z.number(),
    count: z.number().int(),
    bounds: z
      .tuple([z.number(), z.number(), z.number(), z.number()])
      .nullable()
      .meta({ description: "[west, south, east, north] of its entries." }),
    expansionZoom: z.number().nullable().meta({ description: "The zoom at which it splits up, when its bounds are not known." }),
  })
  .strict()
  .meta({ id: "MapCluster", description: "Many entries near one point, drawn as one marker with a count." });

const bucketSchema = z
  .object({ id: z.string(), start: z.number(), end: z.number(), count: z.number().int() })
  .strict()
  .meta({ id: "TimeBucket", description: "Many entries starting in one span of the timeline (milliseconds)." });

const total = z.number().int().meta({ description: "How many published entries match the whole query." });

export const viewportResultSchema = z
  .discriminatedUnion("mode", [
    z.object({ mode: z.literal("entries"), entries: z.array(entrySummarySchema), total, truncated: z.boolean() }).strict(),
    z.object({ mode: z.literal("clusters"), clusters: z.array(clusterSchema), entries: z.array(entrySummarySchema), total }).strict(),
    z.object({ mode: z.literal("buckets"), buckets: z.array(bucketSchema), total }).strict(),
  ])
  .meta({
    id: "ViewportResult",
    description: "Up to `limit` matches as entries; past that, map clusters or timeline buckets when `aggregate` asks for them.",
  });
