import { headers } from "next/headers";
import { auth } from "./auth";
import { isRole, type Role } from "./roles";

export interface StaffUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** The signed-in member of staff, or null for a visitor. */
export async function getCurrentUser(): Promise<StaffUser | null> {
  const session = await auth.api.getSession({ headers: await headers() });
  const user = session?.user;
  if (!user || !isRole(user.role)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
