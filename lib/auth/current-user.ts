import { headers } from "next/headers";
import { auth } from "./auth";
import { keepSession } from "./keep-session";
import { isRole, type Role } from "./roles";

export interface StaffUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/**
 * The member of staff whose session cookie these request headers carry, or null for a visitor. A
 * session past its idle timeout or absolute lifetime, or of a disabled account, is deleted and reads
 * as signed out.
 */
export async function staffUserFor(requestHeaders: Headers): Promise<StaffUser | null> {
  const found = await auth.api.getSession({ headers: requestHeaders });
  const user = found?.user;
  if (!found || !user || !isRole(user.role)) return null;
  if (!(await keepSession(await auth.$context, found.session, user))) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** The signed-in member of staff for the request being served, or null for a visitor. */
export async function getCurrentUser(): Promise<StaffUser | null> {
  return staffUserFor(await headers());
}
