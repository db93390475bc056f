import { z } from "zod";
import { type ColumnType, OPEN_DATA_COLUMNS } from "../open-data-columns";
import { featureSchema, pointSchema } from "./geojson-schemas";

const PROPERTY_TYPES: Record<ColumnType, () => z.ZodType> = {
  text: () => z.string(),
  optional: () => z.string().nullable(),
  number: () => z.number().nullable(),
  list: () => z.array(z.string()),
};

/** The GeoJSON export's properties: the CSV columns but the coordinates (which are the geometry), and the page's address. */
export const exportPropertiesSchema = z.object({
  ...Object.fromEntries(
    OPEN_DATA_COLUMNS.filter((column) => !column.geometry).map((column) => [
      column.name,
      PROPERTY_TYPES[column.type]().meta({ description: column.description }),
    ]),
  ),
  url: z.url().meta({ description: "The entry's page on this site." }),
});

export const exportFeatureCollectionSchema = z
  .object({ type: z.literal("FeatureCollection"), features: z.array(featureSchema(exportPropertiesSchema, pointSchema, "ExportFeature")) })
  .meta({ id: "ExportFeatureCollection" });

/** The CSV export's columns as a Markdown-free list, for the document and the reference page. */
export const CSV_COLUMNS_DESCRIPTION = OPEN_DATA_COLUMNS.map((column) => `${column.name} (${column.type}): ${column.description}`).join(
  "\n",
);

export const jsonLdGraphSchema = z
  .object({
    "@context": z.literal("https://schema.org"),
    "@graph": z.array(z.record(z.string(), z.unknown())).meta({
      description: "One schema.org node per entry (Event, LandmarksOrHistoricalBuildings, Place, Person, Organization).",
    }),
  })
  .meta({ id: "JsonLdGraph" });
