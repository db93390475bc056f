import { authorizedRoute } from "@/lib/auth/authorized";
import { getImportJob } from "@/lib/data/imports/get-import-job";
import { AppError } from "@/lib/errors/app-error";
import { importJobJson } from "@/lib/import/import-job-json";
import { resumeStalledImportJobs } from "@/lib/import/import-job-runner";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/**
 * An import's progress, counts and report (the rows refused, with line and reason, and those flagged
 * as possible duplicates, with the entries they resemble). `?report=none` leaves the report out, for
 * a progress bar that asks every second.
 */
export const GET = authorizedRoute("entries.edit", async (_user, request, { params }: Context) => {
  const { id } = await params;
  await resumeStalledImportJobs();
  const withReport = new URL(request.url).searchParams.get("report") !== "none";
  const job = await getImportJob(id, { reportLimit: withReport ? Number.POSITIVE_INFINITY : 0 });
  if (!job) throw new AppError("NOT_FOUND", "There is no such import.");
  const { report, ...rest } = job;
  return Response.json(importJobJson(withReport ? job : rest), { headers: { "Cache-Control": "no-store" } });
});
