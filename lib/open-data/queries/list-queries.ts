import { z } from "zod";
import { RELATION_TYPES } from "@/lib/content/relation-types";
import { slugSchema } from "@/lib/validation/entry";
import { viewportQuerySchema } from "@/lib/validation/viewport";
import { cursorSchema, formatSchema, localeSchema, pageLimitSchema } from "./paging";
import { TOUR_CURSOR_KEY } from "./tour-cursor";

/**
 * GET /api/v1/entries: the explorer's filters, parsed by the viewport's schema (the same names and
 * rules), a page at a time. The viewport's `aggregate` and `zoom` are accepted and have no effect.
 */
export const entriesListQuerySchema = viewportQuerySchema.safeExtend({
  limit: pageLimitSchema,
  cursor: cursorSchema("entries").optional(),
  format: formatSchema,
});

export const entryQuerySchema = z.object({ slug: slugSchema, locale: localeSchema, format: formatSchema });

export const articlesListQuerySchema = z.object({
  entry: slugSchema.optional().meta({ description: "Only articles about this entry." }),
  locale: localeSchema,
  limit: pageLimitSchema,
  cursor: cursorSchema("articles").optional(),
});

export const articleQuerySchema = z.object({ slug: slugSchema, locale: localeSchema });

export const relationsListQuerySchema = z.object({
  entry: slugSchema.optional().meta({ description: "Only links from or to this entry." }),
  type: z.enum(RELATION_TYPES).optional().meta({ description: "Only links of this type." }),
  locale: localeSchema,
  limit: pageLimitSchema,
  cursor: cursorSchema("relations").optional(),
  format: formatSchema,
});

/** Tours have no one place: the list is JSON only, and each tour's steps are GeoJSON at its own address. */
export const toursListQuerySchema = z.object({
  entry: slugSchema.optional().meta({ description: "Only tours with a step on this entry." }),
  locale: localeSchema,
  limit: pageLimitSchema,
  cursor: cursorSchema("tours", TOUR_CURSOR_KEY).optional(),
});

export const tourQuerySchema = z.object({ slug: slugSchema, locale: localeSchema, format: formatSchema });
