import { slugSchema } from "@/lib/validation/entry";
import { viewportQuerySchema } from "@/lib/validation/viewport";

/**
 * The explorer's filters, with the names and parsing of the viewport API (one schema for both), and
 * `entry` for one entry. `locale` names things in KML and JSON-LD; the viewport's paging and
 * aggregate parameters are accepted and have no effect: an export holds every match.
 */
export const exportQuerySchema = viewportQuerySchema.extend({ entry: slugSchema.optional() });
