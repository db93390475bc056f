import { authorizedRoute } from "@/lib/auth/authorized";
import { AppError } from "@/lib/errors/app-error";
import { invalidRequest } from "@/lib/errors/invalid-request";
import { readMultipartForm } from "@/lib/http/read-multipart-form";
import { importJobJson } from "@/lib/import/import-job-json";
import { formatMegabytes, MAX_IMPORT_BYTES } from "@/lib/import/import-limits";
import { startImport } from "@/lib/import/start-import";
import { importUploadSchema } from "@/lib/validation/import-upload";

export const dynamic = "force-dynamic";

/** Room for the multipart boundaries and the fields around the file. */
const MAX_BODY_BYTES = MAX_IMPORT_BYTES + 64 * 1024;

function tooLarge(): AppError {
  const limit = formatMegabytes(MAX_IMPORT_BYTES);
  return new AppError("TOO_LARGE", `The file is too large; imports may be at most ${limit}. Split it into smaller files.`, {
    issues: [{ path: "file", issue: `At most ${limit}.` }],
  });
}

/**
 * Starts an import (multipart/form-data: `file`, a CSV, GeoJSON or KML file; `dryRun`, "true" to
 * report without writing; `encoding`, "utf-8" (the default) or "windows-1251"; for a CSV,
 * `delimiter`, "comma", "semicolon" or "tab" (detected from the header when absent), and
 * `mapping`, a JSON object of the file's column names → our columns (absent: the columns are ours)).
 * 202 with the job (follow `Location` for its progress and report); 400 for fields that are not
 * valid (a mapping without a title column, one of ours chosen twice); 413 for a file over the
 * limit; 415 for a file that is not what it claims (binary, not in its encoding, content of another
 * format); 422 for a file that cannot be read as its format or has no column the mapping names;
 * nothing is written in any of those cases.
 */
export const POST = authorizedRoute("entries.edit", async (user, request) => {
  const form = await readMultipartForm(request, { limit: MAX_BODY_BYTES, tooLarge, what: "the file" });
  const file = form.get("file");
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : undefined;
  };
  const fields = importUploadSchema.safeParse({
    dryRun: field("dryRun"),
    encoding: field("encoding"),
    delimiter: field("delimiter"),
    mapping: field("mapping"),
  });
  if (!fields.success) throw invalidRequest(fields.error, "body");
  if (!(file instanceof File) || file.size === 0) {
    const issue = file instanceof File ? "The file is empty." : "Choose a file to import.";
    throw new AppError("INVALID_REQUEST", issue, { where: "body", issues: [{ path: "file", issue }] });
  }
  if (file.size > MAX_IMPORT_BYTES) throw tooLarge();
  const job = await startImport({
    fileName: file.name,
    bytes: new Uint8Array(await file.arrayBuffer()),
    dryRun: fields.data.dryRun,
    reading: { encoding: fields.data.encoding, delimiter: fields.data.delimiter, mapping: fields.data.mapping },
    actor: user,
  });
  return Response.json(importJobJson(job), { status: 202, headers: { Location: `/api/v1/admin/imports/${job.id}` } });
});
