import { getSessionCookie } from "better-auth/cookies";
import { trustedOrigins } from "@/lib/auth/trusted-origins";
import { AppError } from "@/lib/errors/app-error";

/** Methods that change nothing: a page on any site may make a browser send them. */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The origin a browser says sent the request: Origin, else the Referer's; "null" and junk are kept as they are. */
function senderOrigin(request: Request): string | null {
  const origin = request.headers.get("origin");
  if (origin) return origin;
  const referer = request.headers.get("referer");
  if (!referer) return null;
  try {
    return new URL(referer).origin;
  } catch {
    return referer;
  }
}

const SETTING =
  "Only pages at the addresses staff sign in from may: add this one to the TRUSTED_ORIGINS setting (comma-separated), " +
  "or set PUBLIC_BASE_URL to it, and restart the app.";

/**
 * Refuses (FORBIDDEN, 403) a state-changing request that a page on another origin made a signed-in
 * browser send: the same origins better-auth trusts for sign-in (lib/auth/trusted-origins.ts), so a
 * page staff may sign in from may also use the API, and nothing else may. A request that names no
 * origin is let through only when the browser says it came from this origin (Sec-Fetch-Site:
 * same-origin), or when it carries no staff session (nothing to forge; the permission check answers
 * 401): every browser sends Origin with a cross-site POST, PUT, PATCH or DELETE, but one that left it
 * out must not act in the signed-in person's name, so a script that uses a session names the site's
 * origin as a browser would (docs/admin-api.md).
 */
export function refuseCrossSiteWrite(request: Request): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = senderOrigin(request);
  if (origin !== null) {
    if (trustedOrigins.includes(origin)) return;
    throw new AppError("FORBIDDEN", `A page at ${origin} may not change anything here. ${SETTING}`);
  }
  const site = request.headers.get("sec-fetch-site");
  if (site === "same-origin") return;
  if (site === null && getSessionCookie(request) === null) return;
  throw new AppError(
    "FORBIDDEN",
    site === null
      ? "A change made with a staff session must say where it comes from, and this request has no Origin header: " +
          "send Origin with the site's address (what a browser does), as docs/admin-api.md says for scripts."
      : `A page at an address the browser did not name (Sec-Fetch-Site: ${site}) may not change anything here. ${SETTING}`,
  );
}
