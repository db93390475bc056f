import { db } from "@/lib/db";

/** Whether an admin has disabled this account (an account that does not exist is not "disabled"). */
export async function isAccountDisabled(userId: string): Promise<boolean> {
  const row = await db.user.findUnique({ where: { id: userId }, select: { disabledAt: true } });
  return row?.disabledAt != null;
}
