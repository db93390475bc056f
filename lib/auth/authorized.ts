import { redirect, unstable_rethrow } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { AppError, isAppError } from "@/lib/errors/app-error";
import { asAppError } from "@/lib/errors/as-app-error";
import { type FormFailure, formStateFromError } from "@/lib/errors/form-state-from-error";
import { problemFromError } from "@/lib/errors/problem-from-error";
import { internalErrorProblem } from "@/lib/http/internal-error-problem";
import { refuseCrossSiteWrite } from "@/lib/http/refuse-cross-site-write";
import { getCurrentUser, type StaffUser } from "./current-user";
import { can, type Permission } from "./roles";

/** A permission from lib/auth/roles.ts, or "signed-in" for what any member of staff may do to their own account. */
export type Gate = Permission | "signed-in";

/** The one permission check: every write, whether a server action or an API route, goes through it. */
export async function requirePermission(gate: Gate): Promise<StaffUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHORIZED");
  if (gate !== "signed-in" && !can(user.role, gate)) {
    await recordAuditEvent({ actor: user, action: "auth.denied", detail: { permission: gate } });
    throw new AppError("FORBIDDEN");
  }
  return user;
}

/** The result is the action's: a refusal must be the same kind of state the form already shows. */
type Refused<Args extends unknown[], Result> = (failure: FormFailure, ...args: Args) => NoInfer<Result> | Promise<NoInfer<Result>>;

/**
 * Wraps a server action so it runs only for a user who passes the gate; the user is passed in. A
 * refusal of the person (not signed in, a role that may not), whether by this gate or by the data
 * layer's own checks, never escapes as a server error: an action whose result a form shows turns it
 * into that form's state with `refused`; a plain form action sends a signed-out person to sign in
 * and otherwise changes nothing.
 */
export function authorizedAction<Args extends unknown[]>(
  gate: Gate,
  action: (user: StaffUser, ...args: Args) => Promise<void>,
): (...args: Args) => Promise<void>;
export function authorizedAction<Args extends unknown[], Result>(
  gate: Gate,
  action: (user: StaffUser, ...args: Args) => Promise<Result>,
  refused: Refused<Args, Result>,
): (...args: Args) => Promise<Result>;
export function authorizedAction<Args extends unknown[], Result>(
  gate: Gate,
  action: (user: StaffUser, ...args: Args) => Promise<Result>,
  refused?: Refused<Args, Result>,
): (...args: Args) => Promise<Result | undefined> {
  return async (...args: Args) => {
    try {
      return await action(await requirePermission(gate), ...args);
    } catch (error) {
      if (!isAppError(error, "UNAUTHORIZED") && !isAppError(error, "FORBIDDEN")) throw error;
      if (refused) return refused(formStateFromError(error, await getTranslations("validation")), ...args);
      if (error.code === "UNAUTHORIZED") redirect(`/${await getLocale()}/sign-in`);
      return undefined;
    }
  };
}

/**
 * Wraps an API route handler: a state-changing request sent by a page on another origin is refused
 * before anything else (refuseCrossSiteWrite), every AppError the handler throws, the gate's 401 and
 * 403 included, becomes its problem document, and anything else is logged and answered as a 500 that
 * names only the request id.
 */
export function authorizedRoute<Context>(
  gate: Gate,
  handler: (user: StaffUser, request: Request, context: Context) => Promise<Response>,
): (request: Request, context: Context) => Promise<Response> {
  return async (request, context) => {
    try {
      refuseCrossSiteWrite(request);
      return await handler(await requirePermission(gate), request, context);
    } catch (error) {
      unstable_rethrow(error);
      return asAppError(error) ? problemFromError(error) : internalErrorProblem(error, request);
    }
  };
}
