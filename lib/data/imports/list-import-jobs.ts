import "server-only";
import { db } from "@/lib/db";
import { type Page, type PageRequest, pageOffset, toPage } from "@/lib/paging/page";
import { type ImportJobView, importJobSelect, toImportJobView } from "./import-job";

/** One page of the imports, newest first; not counted (a page's worth is read, plus one to know a next page exists). */
export async function listImportJobs(page: PageRequest): Promise<Page<ImportJobView>> {
  const rows = await db.importJob.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: pageOffset(page),
    take: page.size + 1,
    select: importJobSelect,
  });
  return toPage(rows.map(toImportJobView), page);
}
