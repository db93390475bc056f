import type { ImportJobView } from "@/lib/data/imports/import-job";
import type { ReportRow } from "./import-report";

/** A job as the API answers it: English reasons, dates as ISO text, the page's address. */
export function importJobJson(job: ImportJobView & { report?: ReportRow[]; reportTotal?: number }) {
  const { report, ...rest } = job;
  return {
    ...rest,
    ...(report
      ? {
          report: report.map(({ reason, ...row }) => ({ ...row, ...(row.outcome === "failed" ? { reason: reason.en } : {}) })),
        }
      : {}),
  };
}
