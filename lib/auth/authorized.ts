import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { problemResponse } from "@/lib/http/problem";
import { getCurrentUser, type StaffUser } from "./current-user";
import { can, type Permission } from "./roles";

export class PermissionError extends Error {
  constructor(readonly status: 401 | 403) {
    super(status === 401 ? "Sign in to do this." : "Your role does not allow this.");
  }
}

/** The one permission check: every write, whether a server action or an API route, goes through it. */
export async function requirePermission(permission: Permission): Promise<StaffUser> {
  const user = await getCurrentUser();
  if (!user) throw new PermissionError(401);
  if (!can(user.role, permission)) {
    await recordAuditEvent({ actor: user, action: "auth.denied", detail: { permission } });
    throw new PermissionError(403);
  }
  return user;
}

/** Wraps a server action so it runs only for a user with the permission; the user is passed in. */
export function authorizedAction<Args extends unknown[], Result>(
  permission: Permission,
  action: (user: StaffUser, ...args: Args) => Promise<Result>,
): (...args: Args) => Promise<Result> {
  return async (...args: Args) => action(await requirePermission(permission), ...args);
}

/** Wraps an API route handler: 401 or 403 as a problem document when the caller may not. */
export function authorizedRoute<Context>(
  permission: Permission,
  handler: (user: StaffUser, request: Request, context: Context) => Promise<Response>,
): (request: Request, context: Context) => Promise<Response> {
  return async (request, context) => {
    try {
      return await handler(await requirePermission(permission), request, context);
    } catch (error) {
      if (error instanceof PermissionError) {
        return problemResponse({ status: error.status, title: error.status === 401 ? "Unauthorized" : "Forbidden", detail: error.message });
      }
      throw error;
    }
  };
}
