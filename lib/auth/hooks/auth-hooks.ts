import { createAuthMiddleware } from "better-auth/api";
import { liveSession } from "./live-session";
import { recordNameChange } from "./name-change-audit";
import { checkNameChange } from "./name-change-check";
import { limitPasswordCheck, recordPasswordChange } from "./password-change-guard";
import { limitSignIn, recordSignIn } from "./sign-in-guard";

/** Routes besides sign-in that act on no session, or must work on a lapsed one (signing out). */
const SESSIONLESS = new Set(["/sign-out", "/ok", "/error"]);

/** Runs before every auth route, whether reached over HTTP or through auth.api from a server action. */
export const beforeAuthRoute = createAuthMiddleware(async (ctx) => {
  if (ctx.path === "/sign-in/email") return limitSignIn(ctx);
  if (SESSIONLESS.has(ctx.path)) return;
  // The app's own pages read the session through getCurrentUser, which checks its lifetime itself;
  // doing it here too would read the session twice on every page.
  if (ctx.path === "/get-session" && !ctx.request) return;
  const found = await liveSession(ctx);
  if (found && ctx.path === "/change-password") await limitPasswordCheck(found.user.id);
  if (found && ctx.path === "/update-user") return { context: { body: checkNameChange(ctx.body) } };
});

/** Runs after every auth route: what the audit log keeps, and the counters a success clears. */
export const afterAuthRoute = createAuthMiddleware(async (ctx) => {
  if (ctx.path === "/sign-in/email") return recordSignIn(ctx);
  if (ctx.path === "/change-password") return recordPasswordChange(ctx);
  const user = ctx.context.session?.user;
  if (ctx.path === "/update-user" && user) return recordNameChange(ctx, user);
});
