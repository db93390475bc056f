import "server-only";
import type { StaffUser } from "@/lib/auth/current-user";
import { isRole } from "@/lib/auth/roles";
import { db } from "@/lib/db";

/** The member of staff a job writes as: whoever started it, with the role they have now (null once the account is gone). */
export async function getImportActor(userId: string | null): Promise<StaffUser | null> {
  if (!userId) return null;
  const user = await db.user.findUnique({ where: { id: userId }, select: { id: true, email: true, name: true, role: true } });
  return user && isRole(user.role) ? { id: user.id, email: user.email, name: user.name, role: user.role } : null;
}
