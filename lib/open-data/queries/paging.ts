import { z } from "zod";
import { CONTENT_LOCALES } from "@/lib/content/locales";

/** Which list a cursor belongs to: a cursor from one list is refused by another. */
export type CursorList = "entries" | "articles" | "relations" | "tours";

const ID = /^[A-Za-z0-9_-]{1,100}$/;

/** Opaque to clients: the list and the id of the last record given, base64url. Keyset pages never skip or repeat a record. */
export function encodeCursor(list: CursorList, lastId: string): string {
  return Buffer.from(`${list}:${lastId}`).toString("base64url");
}

/** `key`: the shape of what the list keys its pages by (an id, unless the list says otherwise). */
export function cursorSchema(list: CursorList, key: RegExp = ID) {
  return z
    .string()
    .transform((value, ctx) => {
      const decoded = /^[A-Za-z0-9_-]+$/.test(value) ? Buffer.from(value, "base64url").toString() : "";
      const [name, id] = decoded.split(/:(.*)/s);
      if (name !== list || !id || !key.test(id)) {
        ctx.addIssue({ code: "custom", message: "cursor must be a `next` cursor from this list" });
        return z.NEVER;
      }
      return id;
    })
    .meta({ description: "From the previous page's `next` link; leave out for the first page." });
}

export const pageLimitSchema = z.coerce.number().int().min(1).max(200).default(50).meta({ description: "Records per page." });

export const localeSchema = z.enum(CONTENT_LOCALES).default("en").meta({ description: "The language of titles and texts." });

/** JSON, or GeoJSON for records with a place; `Accept: application/geo+json` chooses GeoJSON too. */
export const formatSchema = z
  .enum(["json", "geojson"])
  .optional()
  .meta({ description: "geojson: a FeatureCollection. Default: JSON, or GeoJSON when the Accept header asks for application/geo+json." });

export function wantsGeoJson(request: Request, format: "json" | "geojson" | undefined): boolean {
  if (format) return format === "geojson";
  return /application\/geo\+json/i.test(request.headers.get("accept") ?? "");
}
