import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { DEFAULT_DATABASE_URL, databaseKind } from "@/lib/database-url";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { MIN_PASSWORD_LENGTH } from "@/lib/validation/user";
import { addressLimitStorage } from "./attempt-policies";
import { ensureAuthSecret } from "./auth-secret";
import { CLIENT_ADDRESS_HEADER } from "./client-address";
import { afterAuthRoute, beforeAuthRoute } from "./hooks/auth-hooks";
import { refuseDisabledAccount } from "./hooks/refuse-disabled-account";
import { sessionLifetime } from "./session-lifetime";
import { trustedOrigins } from "./trusted-origins";

/**
 * Staff sign-in (better-auth): email and password hashed with scrypt, sessions in the database, no
 * public sign-up (admins create accounts). Sign-in attempts are limited per client address (5 a
 * minute) and per account (lib/auth/attempt-policies.ts), in the database so the limits hold across
 * app instances; the hooks (lib/auth/hooks/) add the per-account limits, the session lifetime on auth
 * routes and the audit events.
 */
export const auth = betterAuth({
  secret: ensureAuthSecret(),
  baseURL: env.PUBLIC_BASE_URL,
  trustedOrigins: [...trustedOrigins],
  database: prismaAdapter(db, { provider: databaseKind(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL) }),
  emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: MIN_PASSWORD_LENGTH, maxPasswordLength: 256 },
  user: { additionalFields: { role: { type: "string", required: true, defaultValue: "editor", input: false } } },
  // The cookie and the row last the absolute lifetime and never slide; the idle timeout is checked
  // from the row's updatedAt, which lib/auth/keep-session.ts moves on as the session is used.
  session: { expiresIn: sessionLifetime.maxSeconds, disableSessionRefresh: true },
  rateLimit: {
    enabled: true,
    customStorage: addressLimitStorage,
    window: 60,
    max: 100,
    customRules: { "/sign-in/email": { window: 60, max: 5 } },
  },
  advanced: {
    // The one address scripts/serve.ts puts on every request (the connection's, or what a trusted
    // proxy says), never a header a client could have sent itself.
    ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    // better-auth skips its origin (CSRF) check when NODE_ENV is "test"; it must hold whatever the mode.
    disableOriginCheck: false,
  },
  hooks: { before: beforeAuthRoute, after: afterAuthRoute },
  // An admin's disabling also deletes the account's sessions (lib/data/users/update-account.ts).
  databaseHooks: { session: { create: { before: refuseDisabledAccount } } },
  plugins: [nextCookies()],
});

export type SessionUser = typeof auth.$Infer.Session.user;
