import { createAuthMiddleware } from "better-auth/api";
import { limitSignIn, recordSignIn } from "./sign-in-guard";

/** Runs before every auth route, whether reached over HTTP or through auth.api from a server action. */
export const beforeAuthRoute = createAuthMiddleware(async (ctx) => {
  if (ctx.path === "/sign-in/email") return limitSignIn(ctx);
});

/** Runs after every auth route: what the audit log keeps, and the counters a success clears. */
export const afterAuthRoute = createAuthMiddleware(async (ctx) => {
  if (ctx.path === "/sign-in/email") return recordSignIn(ctx);
});
