import { db } from "@/lib/db";
import { AccountRefusal } from "./account-refusal";
import { type AccountRow, accountSelect, toAccountRow } from "./account-row";

/** One staff account by id; 404 when there is none. */
export async function getAccount(id: string): Promise<AccountRow> {
  const row = await db.user.findUnique({ where: { id }, select: accountSelect() });
  if (!row) throw new AccountRefusal("gone");
  return toAccountRow(row);
}
