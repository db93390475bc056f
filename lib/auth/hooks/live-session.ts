import { APIError, getSessionFromCtx } from "better-auth/api";
import { keepSession } from "../keep-session";
import type { HookContext } from "./hook-context";

type FoundSession = NonNullable<Awaited<ReturnType<typeof getSessionFromCtx>>>;

/**
 * For an auth route that acts on the signed-in member of staff: their session, or null when there is
 * none (the route answers that itself); 401 once the session has lapsed (lib/auth/session-lifetime.ts),
 * which also deletes it. The session read here is the one the route then uses, not a second read.
 */
export async function liveSession(ctx: HookContext): Promise<FoundSession | null> {
  if (!ctx.headers?.get("cookie")) return null;
  const found = await getSessionFromCtx(ctx);
  if (!found) return null;
  if (await keepSession(ctx.context, found.session, { disabledAt: found.user.disabledAt })) return found;
  ctx.context.session = null;
  throw new APIError("UNAUTHORIZED", { message: "Your session has ended. Sign in again.", code: "SESSION_ENDED" });
}
