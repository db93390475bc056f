import type { createAuthMiddleware } from "better-auth/api";

/** What better-auth hands a before or after hook: the request, the auth context, and cookie helpers. */
export type HookContext = Parameters<Parameters<typeof createAuthMiddleware>[0]>[0];
