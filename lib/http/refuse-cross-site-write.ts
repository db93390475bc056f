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

/**
 * Refuses (FORBIDDEN, 403) a state-changing request that a page on another origin made a signed-in
 * browser send: the same origins better-auth trusts for sign-in (lib/auth/trusted-origins.ts), so a
 * page staff may sign in from may also use the API, and nothing else may. A request that names no
 * origin at all is let through only when it does not come from a browser (no Sec-Fetch-Site either):
 * every browser sends Origin with a POST, PUT, PATCH or DELETE, and a script or curl sends neither.
 */
export function refuseCrossSiteWrite(request: Request): void {
  if (SAFE_METHODS.has(request.method)) return;
  const origin = senderOrigin(request);
  if (origin === null && !request.headers.has("sec-fetch-site")) return;
  if (origin !== null && trustedOrigins.includes(origin)) return;
  throw new AppError(
    "FORBIDDEN",
    `A page at ${origin ?? "an address the browser did not name"} may not change anything here. ` +
      "Only pages at the addresses staff sign in from may: add this one to the TRUSTED_ORIGINS setting (comma-separated), " +
      "or set PUBLIC_BASE_URL to it, and restart the app.",
  );
}
