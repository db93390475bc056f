import { redirect } from "next/navigation";
import { getCurrentUser, type StaffUser } from "./current-user";
import { can, type Permission } from "./roles";

/**
 * The check every staff page makes for itself. A layout's check is not enough: a client-side
 * navigation request names the layouts the browser already holds, and Next.js then renders only
 * the page, so a layout can be skipped by a hand-made request. Signed out → the sign-in page;
 * signed in without the permission → null, for the page to say so.
 */
export async function requirePagePermission(locale: string, permission: Permission): Promise<StaffUser | null> {
  const user = await getCurrentUser();
  if (!user) redirect(`/${locale}/sign-in`);
  return can(user.role, permission) ? user : null;
}
