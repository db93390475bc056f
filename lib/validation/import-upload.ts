import { z } from "zod";
import { CSV_DELIMITER_NAMES } from "@/lib/import/csv-delimiter";
import { IMPORT_COLUMNS, TITLE_COLUMNS } from "@/lib/import/import-columns";
import { key } from "./messages";

/** The encodings an import file may be in: UTF-8, and the one a Russian Windows saves "CSV" in. */
export const IMPORT_ENCODINGS = ["utf-8", "windows-1251"] as const;
export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number];

/** At most this many of a file's columns are named in a mapping, each name at most this long. */
const MAX_MAPPED_COLUMNS = 200;
const MAX_COLUMN_NAME = 200;

/**
 * What each of a CSV file's columns is, by the column's name in its header: one of ours
 * (IMPORT_COLUMNS). A column the mapping leaves out is ignored. Each of ours is read from one
 * column at most, and a title column is needed. The upload form checks its table with this schema,
 * the route the `mapping` it was sent.
 */
export const columnMappingSchema = z
  .record(z.string().trim().min(1).max(MAX_COLUMN_NAME), z.enum(IMPORT_COLUMNS as [string, ...string[]]))
  .refine((mapping) => Object.keys(mapping).length <= MAX_MAPPED_COLUMNS, {
    message: key("tooMany"),
    params: { maximum: MAX_MAPPED_COLUMNS },
  })
  .superRefine((mapping, context) => {
    const seen = new Set<string>();
    for (const [fileColumn, column] of Object.entries(mapping)) {
      if (seen.has(column))
        context.addIssue({ code: "custom", path: [fileColumn], message: key("mappingColumnTwice"), params: { column } });
      seen.add(column);
    }
    if (!TITLE_COLUMNS.some((column) => seen.has(column))) context.addIssue({ code: "custom", message: key("mappingTitleRequired") });
  });
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

/** The mapping as a form field carries it: JSON text; empty or absent, the file's columns are ours. */
const mappingFieldSchema = z
  .string()
  .max(MAX_MAPPED_COLUMNS * (MAX_COLUMN_NAME + 40))
  .optional()
  .transform((text, context) => {
    if (!text?.trim()) return undefined;
    try {
      return JSON.parse(text) as unknown;
    } catch {
      context.addIssue({ code: "custom", message: key("mappingNotJson") });
      return z.NEVER;
    }
  })
  .pipe(columnMappingSchema.optional());

/**
 * The upload form's fields besides the file (and the API's): a checkbox sends "on", the API "true";
 * the file's encoding (UTF-8 unless said); for a CSV file its delimiter (detected from its header
 * when not given) and the mapping of its columns onto ours.
 */
export const importUploadSchema = z.object({
  dryRun: z
    .union([z.literal("on"), z.literal("true"), z.literal("false"), z.literal("")])
    .optional()
    .transform((value) => value === "on" || value === "true"),
  encoding: z.enum(IMPORT_ENCODINGS).optional().default("utf-8"),
  delimiter: z.enum(CSV_DELIMITER_NAMES).optional(),
  mapping: mappingFieldSchema,
});

/** How a file is read, as the upload asked for it; `delimiter` is filled in by the check when detected. */
export interface ImportReading {
  encoding: ImportEncoding;
  delimiter?: (typeof CSV_DELIMITER_NAMES)[number];
  mapping?: ColumnMapping;
}

/** How a job's file is read, as stored with the job (ImportJob.readingOptions). */
export const importReadingSchema = z.object({
  encoding: z.enum(IMPORT_ENCODINGS),
  delimiter: z.enum(CSV_DELIMITER_NAMES).optional(),
  mapping: z.record(z.string().max(MAX_COLUMN_NAME), z.string().max(MAX_COLUMN_NAME)).optional(),
});
