import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ForbiddenNotice } from "@/components/admin/forbidden-notice";
import { Pager } from "@/components/admin/pager";
import { ImportUploadForm } from "@/components/import/import-upload-form";
import { Link } from "@/i18n/navigation";
import { requirePagePermission } from "@/lib/auth/page-permission";
import { listImportJobs } from "@/lib/data/imports/list-import-jobs";
import { resumeStalledImportJobs } from "@/lib/import/import-job-runner";
import { pageRequest } from "@/lib/paging/page";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ page?: string }> };

export default async function ImportsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requirePagePermission(locale, "entries.edit");
  if (!user) return <ForbiddenNotice />;
  const t = await getTranslations("imports");
  const format = await getFormatter();
  await resumeStalledImportJobs();
  const page = await listImportJobs(pageRequest((await searchParams).page, 20));
  return (
    <>
      <h1>{t("heading")}</h1>
      <p>{t("intro")}</p>
      <p>{t("template")}</p>
      <ImportUploadForm />
      <h2>{t("jobs.heading")}</h2>
      {page.items.length === 0 ? (
        <p>{t("jobs.none")}</p>
      ) : (
        <table className="admin-table import-jobs-table">
          <thead>
            <tr>
              <th scope="col">{t("jobs.file")}</th>
              <th scope="col">{t("jobs.started")}</th>
              <th scope="col">{t("jobs.status")}</th>
              <th scope="col">{t("jobs.rows")}</th>
              <th scope="col">{t("jobs.by")}</th>
            </tr>
          </thead>
          <tbody>
            {page.items.map((job) => (
              <tr key={job.id}>
                <td>
                  <Link href={`/admin/imports/${job.id}`}>{job.fileName}</Link>
                </td>
                <td>{format.dateTime(job.createdAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                <td>{t(`status.${job.status}`)}</td>
                <td>{t("job.progressText", { processed: format.number(job.processedRows), total: format.number(job.totalRows) })}</td>
                <td>{job.createdByEmail ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager pathname="/admin/imports" page={page} />
    </>
  );
}
