import "server-only";
import { db } from "@/lib/db";
import type { ReportRow } from "@/lib/import/import-report";
import { type ImportJobView, importJobSelect, parseReport, toImportJobView } from "./import-job";

/** One import job with its report rows (at most `reportLimit` of them), or null when there is none. */
export async function getImportJob(
  id: string,
  { reportLimit = Number.POSITIVE_INFINITY } = {},
): Promise<(ImportJobView & { report: ReportRow[]; reportTotal: number }) | null> {
  const row = await db.importJob.findUnique({ where: { id }, select: { ...importJobSelect, report: true } });
  if (!row) return null;
  const report = parseReport(row.report);
  return { ...toImportJobView(row), report: report.slice(0, reportLimit), reportTotal: report.length };
}
