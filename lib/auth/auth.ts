import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { createAuthMiddleware } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { DEFAULT_DATABASE_URL, databaseKind } from "@/lib/database-url";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { MIN_PASSWORD_LENGTH } from "@/lib/validation/user";
import { ensureAuthSecret } from "./auth-secret";
import { trustedOrigins } from "./trusted-origins";

/**
 * Staff sign-in (better-auth): email and password hashed with scrypt, sessions in the database,
 * no public sign-up (admins create accounts), and sign-in attempts rate-limited per client in the
 * database so the limit holds across app instances.
 */
export const auth = betterAuth({
  secret: ensureAuthSecret(),
  baseURL: env.PUBLIC_BASE_URL,
  trustedOrigins: [...trustedOrigins],
  database: prismaAdapter(db, { provider: databaseKind(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL) }),
  emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: MIN_PASSWORD_LENGTH, maxPasswordLength: 256 },
  user: { additionalFields: { role: { type: "string", required: true, defaultValue: "editor", input: false } } },
  session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
  rateLimit: {
    enabled: true,
    storage: "database",
    modelName: "rateLimit",
    window: 60,
    max: 100,
    customRules: { "/sign-in/email": { window: 60, max: 5 } },
  },
  // One header only: a fallback header would be one the proxy does not overwrite, so a client could
  // set it. When the header is missing or holds a list, better-auth counts the request in one bucket
  // shared by every such client, so the limit still holds (it is skipped only with disableIpTracking).
  advanced: {
    ipAddress: { ipAddressHeaders: [env.TRUSTED_IP_HEADER] },
    // better-auth skips its origin (CSRF) check when NODE_ENV is "test"; it must hold whatever the mode.
    disableOriginCheck: false,
  },
  hooks: {
    after: createAuthMiddleware(async (ctx) => {
      if (ctx.path !== "/sign-in/email") return;
      const email = typeof ctx.body?.email === "string" ? ctx.body.email : null;
      const session = ctx.context.newSession;
      await recordAuditEvent({
        actor: session ? { id: session.user.id, email: session.user.email } : null,
        action: session ? "auth.sign-in" : "auth.sign-in-failed",
        detail: { email },
      });
    }),
  },
  plugins: [nextCookies()],
});

export type SessionUser = typeof auth.$Infer.Session.user;
