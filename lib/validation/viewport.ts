import { z } from "zod";
import { ENTRY_KINDS } from "@/lib/content/entry-kinds";
import { CONTENT_LOCALES } from "@/lib/content/locales";
import { DateInputError, parseHistoricalDate, timeBounds } from "@/lib/dates";
import { MAX_DATE_TEXT_LENGTH } from "./entry";

/** "west,south,east,north" in degrees; west > east means the box crosses the antimeridian. */
const bboxSchema = z
  .string()
  .max(200)
  .transform((value, ctx) => {
    const parts = value.split(",").map((p) => Number(p.trim()));
    if (parts.length !== 4 || parts.some((n) => !Number.isFinite(n))) {
      ctx.addIssue({ code: "custom", message: "bbox must be four numbers: west,south,east,north" });
      return z.NEVER;
    }
    const [west, south, east, north] = parts as [number, number, number, number];
    if (Math.abs(west) > 180 || Math.abs(east) > 180) {
      ctx.addIssue({ code: "custom", message: "bbox longitudes must be between -180 and 180" });
      return z.NEVER;
    }
    if (south < -90 || north > 90 || south > north) {
      ctx.addIssue({ code: "custom", message: "bbox latitudes must be between -90 and 90, south ≤ north" });
      return z.NEVER;
    }
    return { west, south, east, north };
  });

/** Any EDTF date ("1942", "1942-06", "-0044-03-15"): `from` takes its first instant, `to` its last. */
function edtfBound(edge: "startTime" | "endTime") {
  return z
    .string()
    .max(MAX_DATE_TEXT_LENGTH)
    .transform((value, ctx) => {
      try {
        return timeBounds(parseHistoricalDate(value))[edge];
      } catch (error) {
        ctx.addIssue({ code: "custom", message: error instanceof DateInputError ? error.message : "Not a date" });
        return z.NEVER;
      }
    });
}

export const viewportQuerySchema = z
  .object({
    bbox: bboxSchema.optional(),
    from: edtfBound("startTime").optional(),
    to: edtfBound("endTime").optional(),
    kinds: z
      .string()
      .max(500)
      .transform((v) => v.split(",").filter(Boolean))
      .pipe(z.array(z.enum(ENTRY_KINDS)).max(ENTRY_KINDS.length))
      .optional(),
    /** Full-text search: only entries that match. */
    q: z.string().trim().max(200).optional(),
    /** ISO 3166-1 alpha-2 codes. */
    countries: z
      .string()
      .max(500)
      .transform((v) => v.split(",").filter(Boolean))
      .pipe(
        z
          .array(
            z
              .string()
              .max(2)
              .regex(/^[A-Z]{2}$/, "Countries are two-letter ISO codes"),
          )
          .max(50),
      )
      .optional(),
    /** Theme slugs: entries in any of them. */
    tags: z
      .string()
      .max(2500)
      .transform((v) => v.split(",").filter(Boolean))
      .pipe(
        z
          .array(
            z
              .string()
              .max(120)
              .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "Themes are slugs"),
          )
          .max(20),
      )
      .optional(),
    /** Only entries linked to a comparable monument. */
    comparable: z
      .enum(["1"])
      .transform(() => true)
      .optional(),
    /** A date-range filter, on top of (and independent of) the timeline window `from`/`to`. */
    after: edtfBound("startTime").optional(),
    before: edtfBound("endTime").optional(),
    /** Only entries with coordinates (the map) or only entries with dates (the timeline). */
    require: z.enum(["coordinates", "dates"]).optional(),
    locale: z.enum(CONTENT_LOCALES).default("en"),
    /** Above this many matches the response holds aggregates (when asked for) instead of entries. */
    limit: z.coerce.number().int().min(1).max(2000).default(500),
    /** What to aggregate into when the matches exceed `limit`: map cells or timeline buckets. */
    aggregate: z.enum(["map", "timeline"]).optional(),
    /** The map's zoom level, which sets the size of aggregate cells. */
    zoom: z.coerce.number().min(0).max(22).optional(),
  })
  .refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, {
    message: "from must not be after to",
    path: ["from"],
  })
  .refine((q) => q.after === undefined || q.before === undefined || q.after <= q.before, {
    message: "after must not be after before",
    path: ["after"],
  });

export type ViewportQuery = z.output<typeof viewportQuerySchema>;
export type BoundingBox = NonNullable<ViewportQuery["bbox"]>;
