import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ForbiddenNotice } from "@/components/admin/forbidden-notice";
import { ImportDraftsPanel } from "@/components/import/import-drafts-panel";
import { ImportJobProgress } from "@/components/import/import-job-progress";
import { ImportReadingSummary } from "@/components/import/import-reading-summary";
import { ImportReportTable } from "@/components/import/import-report-table";
import { Link } from "@/i18n/navigation";
import { requirePagePermission } from "@/lib/auth/page-permission";
import { countImportEntries } from "@/lib/data/imports/count-import-entries";
import { getImportJob } from "@/lib/data/imports/get-import-job";
import { isUnfinished } from "@/lib/data/imports/import-job";
import { reportInLocale } from "@/lib/data/imports/report-in-locale";
import { resumeStalledImportJobs } from "@/lib/import/import-job-runner";

/** Report rows shown on the page: the API (GET /api/v1/admin/imports/<id>) has them all. */
const REPORT_ROWS_SHOWN = 300;
const REPORT_ID = "import-report";

type Props = { params: Promise<{ locale: string; id: string }> };

export default async function ImportJobPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission(locale, "entries.edit");
  if (!user) return <ForbiddenNotice />;
  await resumeStalledImportJobs();
  const job = await getImportJob(id, { reportLimit: REPORT_ROWS_SHOWN });
  if (!job) notFound();
  const t = await getTranslations("imports.job");
  const wroteEntries = !job.dryRun && !isUnfinished(job.status);
  const counts = wroteEntries ? await countImportEntries(job.id) : null;
  const report = await reportInLocale(job.report, locale);
  return (
    <>
      <h1>{t("heading", { file: job.fileName })}</h1>
      <p>
        <Link href="/admin/imports">{t("back")}</Link>
      </p>
      {job.dryRun ? <p>{t("dryRun")}</p> : null}
      {job.reading ? <ImportReadingSummary reading={job.reading} /> : null}
      <ImportJobProgress
        id={job.id}
        initial={{
          status: job.status,
          totalRows: job.totalRows,
          processedRows: job.processedRows,
          counts: job.counts,
          cancelRequested: job.cancelRequested,
          failure: job.failure,
        }}
      />
      {counts ? (
        <ImportDraftsPanel id={job.id} counts={counts} duplicates={job.counts.duplicates} role={user.role} duplicatesAnchor={REPORT_ID} />
      ) : null}
      <h2 id={REPORT_ID}>{t("report")}</h2>
      <ImportReportTable rows={report} total={job.reportTotal} format={job.format} locale={locale} />
    </>
  );
}
