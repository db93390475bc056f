import type { OpenAPIRegistry } from "@asteasolutions/zod-to-openapi";
import { z } from "zod";
import { CSV_DELIMITER_NAMES } from "@/lib/import/csv-delimiter";
import { IMPORT_COLUMNS } from "@/lib/import/import-columns";
import { IMPORT_ENCODINGS } from "@/lib/validation/import-upload";
import { problem } from "../responses";

const uploadSchema = z
  .object({
    file: z.string().meta({ format: "binary", description: "A CSV, GeoJSON or KML file, at most 25 MB." }),
    dryRun: z.enum(["true", "false"]).optional().meta({ description: "true: report what would happen, write nothing." }),
    encoding: z.enum(IMPORT_ENCODINGS).optional().meta({ description: "The file's encoding; utf-8 when absent." }),
    delimiter: z
      .enum(CSV_DELIMITER_NAMES)
      .optional()
      .meta({ description: "A CSV's delimiter; when absent, the one its header line uses most (a comma on a tie)." }),
    mapping: z
      .string()
      .optional()
      .meta({
        description: `A CSV's columns as ours: JSON text of an object, the file's column name → one of ${IMPORT_COLUMNS.join(", ")}. A column left out is ignored; each of ours once; title_en or title_ru needed. Absent: the header's names are ours.`,
        example: '{"Инв. номер":"external_id","Название":"title_ru","Широта":"latitude","Долгота":"longitude"}',
      }),
  })
  .meta({ id: "ImportUpload" });

const readingSchema = z
  .object({
    encoding: z.enum(IMPORT_ENCODINGS),
    delimiter: z.enum(CSV_DELIMITER_NAMES).optional(),
    mapping: z.record(z.string(), z.enum(IMPORT_COLUMNS as [string, ...string[]])).optional(),
  })
  .meta({ id: "ImportReading", description: "How the file is read; the job reads it the same way." });

const jobSchema = z
  .object({
    id: z.string(),
    format: z.enum(["csv", "geojson", "kml"]),
    fileName: z.string(),
    status: z.string(),
    totalRows: z.number().int(),
    reading: readingSchema.nullable(),
  })
  .loose()
  .meta({ id: "ImportJobStarted" });

/** Starting an import (app/api/v1/admin/imports/route.ts), with the reading of a CSV in a museum's own columns. */
export function registerImportUploadPaths(registry: OpenAPIRegistry): void {
  registry.registerPath({
    method: "post",
    path: "/api/v1/admin/imports",
    tags: ["Imports"],
    summary: "Start an import",
    description:
      "The file is read whole first (every row counted, nothing written), as `encoding`, `delimiter` and `mapping` say; then it becomes a job that writes new entries as drafts a batch at a time (docs/import.md). Follow `Location` for its progress and report.",
    request: { body: { required: true, content: { "multipart/form-data": { schema: uploadSchema } } } },
    responses: {
      202: {
        description: "Accepted: the job, queued.",
        headers: { Location: { description: "The job: GET it for its progress and report.", schema: { type: "string" } } },
        content: { "application/json": { schema: jobSchema } },
      },
      400: problem(
        "Fields that are not valid: `errors[].path` is `mapping` (no title column, not a JSON object), `mapping.<column>` (one of ours chosen twice, or not one of ours), `encoding` or `delimiter`.",
      ),
      401: problem("Nobody is signed in."),
      403: problem("The role may not edit entries."),
      413: problem("The file is larger than an import may be."),
      415: problem(
        "The file is not what it claims: binary, UTF-16, not in the chosen encoding (`reason` importLooksWindows1251 or importLooksUtf8), or content of another format.",
      ),
      422: problem("The file cannot be read as its format, or its header has no column the mapping names (`reason` mappingNoSuchColumn)."),
    },
  });
}
