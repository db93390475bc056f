import { randomUUID } from "node:crypto";
import { APIError } from "better-auth/api";
import { recordAuditEvent } from "@/lib/audit/record-audit-event";
import { clearAttempts, consumeAttempt } from "../attempt-limit";
import { SIGN_IN_PER_ACCOUNT } from "../attempt-policies";
import { tooManyAttempts } from "../too-many-attempts";
import type { HookContext } from "./hook-context";

/**
 * Set on a successful sign-in, signed with the auth secret: this browser has proven the account's
 * password. Its attempts at that account are counted apart from everyone else's, so strangers
 * guessing at an account hold back only browsers that never signed in to it.
 */
const KNOWN_BROWSER_COOKIE = "memorial.known-browser";
const KNOWN_BROWSER_SECONDS = 180 * 24 * 60 * 60;

function emailOf(ctx: HookContext): string | null {
  const email = (ctx.body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" ? email.trim().toLowerCase() : null;
}

/** The attempt counter for this sign-in: the account's, or this known browser's own for it. */
async function counterKey(ctx: HookContext, email: string): Promise<string> {
  const cookie = await ctx.getSignedCookie(KNOWN_BROWSER_COOKIE, ctx.context.secret);
  const separator = cookie ? cookie.indexOf(":") : -1;
  const known = cookie && separator > 0 && cookie.slice(separator + 1) === email;
  return known ? `sign-in|${email}|${cookie.slice(0, separator)}` : `sign-in|${email}`;
}

/** Before a password is checked: refused with 429 while the account (or this browser's counter for it) must wait. */
export async function limitSignIn(ctx: HookContext): Promise<void> {
  const email = emailOf(ctx);
  if (!email) return;
  // A lone surrogate ("\ud800" in the JSON) is no address, and the counter's key could not be stored.
  if (/\p{Cs}/u.test(email)) throw new APIError("BAD_REQUEST", { message: "Give a valid email address.", code: "INVALID_EMAIL" });
  const decision = await consumeAttempt(await counterKey(ctx, email), SIGN_IN_PER_ACCOUNT);
  if (!decision.allowed) throw tooManyAttempts(decision.retryAfterSeconds);
}

/** After the check: audited either way; on success the counter starts again and the browser is remembered. */
export async function recordSignIn(ctx: HookContext): Promise<void> {
  const email = emailOf(ctx);
  const session = ctx.context.newSession;
  await recordAuditEvent({
    actor: session ? { id: session.user.id, email: session.user.email } : null,
    action: session ? "auth.sign-in" : "auth.sign-in-failed",
    detail: { email },
  });
  if (!session || !email) return;
  await clearAttempts(await counterKey(ctx, email));
  await ctx.setSignedCookie(KNOWN_BROWSER_COOKIE, `${randomUUID()}:${email}`, ctx.context.secret, {
    httpOnly: true,
    sameSite: "lax",
    secure: ctx.context.authCookies.sessionToken.attributes.secure,
    path: "/api/auth",
    maxAge: KNOWN_BROWSER_SECONDS,
  });
}
