import { z } from "zod";
import { CONTENT_LOCALES } from "@/lib/content/locales";
import { key } from "./messages";
import { viewportQuerySchema } from "./viewport";

/** The explorer's filters, read as the viewport API reads them, so a search and the views narrow alike. */
const filters = viewportQuerySchema.shape;

export const searchQuerySchema = z
  .object({
    q: z.string().trim().min(1, key("searchEmpty")).max(200),
    locale: z.enum(CONTENT_LOCALES).default("en"),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    kinds: filters.kinds,
    countries: filters.countries,
    tags: filters.tags,
    comparable: filters.comparable,
    after: filters.after,
    before: filters.before,
    /** Only entries on this part of the map ("only in the map view"). */
    bbox: filters.bbox,
  })
  .refine((q) => q.after === undefined || q.before === undefined || q.after <= q.before, {
    message: "after must not be after before",
    path: ["after"],
  });

export type SearchQuery = z.output<typeof searchQuerySchema>;
/** What narrows a search's entries besides its text. */
export type SearchEntryFilters = Omit<SearchQuery, "q" | "locale" | "limit">;
