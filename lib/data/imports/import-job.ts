import type { Prisma } from "@/lib/generated/prisma/client";
import type { ImportFormat } from "@/lib/import/import-format";
import type { ReportRow } from "@/lib/import/import-report";
import { type ImportReading, importReadingSchema } from "@/lib/validation/import-upload";

export const IMPORT_JOB_STATUSES = ["queued", "running", "done", "cancelled", "failed"] as const;
export type ImportJobStatus = (typeof IMPORT_JOB_STATUSES)[number];

/** Whether a job still has rows to go through. */
export function isUnfinished(status: string): boolean {
  return status === "queued" || status === "running";
}

/** An import job as the staff pages and the API show it. */
export interface ImportJobView {
  id: string;
  format: ImportFormat;
  fileName: string;
  byteSize: number;
  dryRun: boolean;
  status: ImportJobStatus;
  totalRows: number;
  processedRows: number;
  counts: { created: number; updated: number; unchanged: number; duplicates: number; failed: number };
  cancelRequested: boolean;
  failure: string | null;
  /** How the file is read: its encoding, and a CSV's delimiter and column mapping; null for a job from before they were kept (UTF-8, commas, our columns). */
  reading: ImportReading | null;
  createdByEmail: string | null;
  createdAt: Date;
  updatedAt: Date;
  finishedAt: Date | null;
}

export const importJobSelect = {
  id: true,
  format: true,
  fileName: true,
  byteSize: true,
  dryRun: true,
  status: true,
  totalRows: true,
  processedRows: true,
  createdCount: true,
  updatedCount: true,
  unchangedCount: true,
  duplicateCount: true,
  failedCount: true,
  cancelRequested: true,
  failure: true,
  readingOptions: true,
  createdByEmail: true,
  createdAt: true,
  updatedAt: true,
  finishedAt: true,
} as const;

type Row = Prisma.ImportJobGetPayload<{ select: typeof importJobSelect }>;

export function toImportJobView(row: Row): ImportJobView {
  return {
    id: row.id,
    format: row.format as ImportFormat,
    fileName: row.fileName,
    byteSize: row.byteSize,
    dryRun: row.dryRun,
    status: row.status as ImportJobStatus,
    totalRows: row.totalRows,
    processedRows: row.processedRows,
    counts: {
      created: row.createdCount,
      updated: row.updatedCount,
      unchanged: row.unchangedCount,
      duplicates: row.duplicateCount,
      failed: row.failedCount,
    },
    cancelRequested: row.cancelRequested,
    failure: row.failure,
    reading: parseImportReading(row.readingOptions),
    createdByEmail: row.createdByEmail,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    finishedAt: row.finishedAt,
  };
}

/** A job's stored reading options (ImportJob.readingOptions), or null when it has none. */
export function parseImportReading(json: string | null): ImportReading | null {
  return json === null ? null : importReadingSchema.parse(JSON.parse(json));
}

export function parseReport(json: string): ReportRow[] {
  return JSON.parse(json) as ReportRow[];
}
