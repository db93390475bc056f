"use client";

import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { useRouter } from "@/i18n/navigation";

export interface ImportProgress {
  status: "queued" | "running" | "done" | "cancelled" | "failed";
  totalRows: number;
  processedRows: number;
  counts: { created: number; updated: number; unchanged: number; duplicates: number; failed: number };
  cancelRequested: boolean;
  failure: string | null;
}

const POLL_MS = 1000;
const unfinished = (status: ImportProgress["status"]) => status === "queued" || status === "running";

/**
 * The job's progress bar and counts, asked of the API every second while it runs (so a reload, or
 * another person's browser, shows the same); when it stops, the page is rendered again with the report.
 */
export function ImportJobProgress({ id, initial }: { id: string; initial: ImportProgress }) {
  const t = useTranslations("imports");
  const format = useFormatter();
  const router = useRouter();
  const [job, setJob] = useState(initial);
  const [cancelling, setCancelling] = useState(initial.cancelRequested);
  const heading = useRef<HTMLHeadingElement>(null);
  const running = unfinished(job.status);

  useEffect(() => {
    if (!running) return;
    let stopped = false;
    const timer = setInterval(async () => {
      const response = await fetch(`/api/v1/admin/imports/${id}?report=none`, { headers: { Accept: "application/json" } }).catch(
        () => null,
      );
      if (stopped || !response?.ok) return;
      const next = (await response.json()) as ImportProgress;
      setJob(next);
      if (!unfinished(next.status)) router.refresh();
    }, POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [id, running, router]);

  async function cancel() {
    setCancelling(true);
    // The button goes: keep a keyboard user's place in this section, whose status says what follows.
    heading.current?.focus();
    const response = await fetch(`/api/v1/admin/imports/${id}/cancel`, { method: "POST", headers: { Accept: "application/json" } }).catch(
      () => null,
    );
    if (response?.ok) setJob((await response.json()) as ImportProgress);
  }

  const counts: [string, number][] = [
    [t("job.created"), job.counts.created],
    [t("job.updated"), job.counts.updated],
    [t("job.unchanged"), job.counts.unchanged],
    [t("job.duplicates"), job.counts.duplicates],
    [t("job.failedRows"), job.counts.failed],
  ];
  return (
    <section aria-labelledby="import-progress-heading">
      <h2 id="import-progress-heading" ref={heading} tabIndex={-1}>
        {t("job.progress")}
      </h2>
      <p>
        <strong>{t(`status.${job.status}`)}</strong>
      </p>
      <progress max={Math.max(1, job.totalRows)} value={job.processedRows} aria-labelledby="import-progress-heading" />
      <p>{t("job.progressText", { processed: format.number(job.processedRows), total: format.number(job.totalRows) })}</p>
      <dl className="import-counts">
        {counts.map(([label, count]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{format.number(count)}</dd>
          </div>
        ))}
      </dl>
      {job.status === "cancelled" ? <p role="status">{t("job.cancelled")}</p> : null}
      {job.status === "done" ? <p role="status">{t("job.done")}</p> : null}
      {job.status === "failed" ? <p role="alert">{t("job.failure", { reason: job.failure ?? "" })}</p> : null}
      {running ? (
        cancelling || job.cancelRequested ? (
          <p role="status">{t("job.cancelling")}</p>
        ) : (
          <button type="button" onClick={cancel}>
            {t("job.cancel")}
          </button>
        )
      ) : null}
    </section>
  );
}
