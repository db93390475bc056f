import { authorizedRoute } from "@/lib/auth/authorized";
import { getImportJob } from "@/lib/data/imports/get-import-job";
import { requestImportCancel } from "@/lib/data/imports/request-import-cancel";
import { importJobJson } from "@/lib/import/import-job-json";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

/** Asks an import to stop after the batch it is writing (what was written stays, and is in the report). 202 with the job as it is now. */
export const POST = authorizedRoute("entries.edit", async (_user, _request, { params }: Context) => {
  const { id } = await params;
  await requestImportCancel(id);
  const { report: _, ...job } = (await getImportJob(id, { reportLimit: 0 }))!;
  return Response.json(importJobJson(job), { status: 202 });
});
