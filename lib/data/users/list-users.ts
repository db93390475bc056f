import { db } from "@/lib/db";
import { type Page, type PageRequest, pageOffset, toPage } from "@/lib/paging/page";
import { type AccountRow, accountSelect, toAccountRow } from "./account-row";

/** One page of the staff accounts, by email, with the count. */
export async function listUsers({ page }: { page: PageRequest }): Promise<Page<AccountRow>> {
  const [rows, total] = await Promise.all([
    db.user.findMany({ select: accountSelect(), orderBy: { email: "asc" }, skip: pageOffset(page), take: page.size + 1 }),
    db.user.count(),
  ]);
  return toPage(rows.map(toAccountRow), page, total);
}
