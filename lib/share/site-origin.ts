import { trustedOrigins } from "@/lib/auth/trusted-origins";
import { env } from "@/lib/env";

/**
 * The origin to put in links that leave the page (link previews, the short link a QR code holds):
 * PUBLIC_BASE_URL when set; otherwise the address this request came in at, when it is one the app
 * serves or trusts (a school's LAN address, so a pupil's phone can follow the link), else the default
 * address. The Host header is the client's to write, so an address the app does not know is never
 * echoed back into a page.
 */
export function siteOrigin(requestHeaders: Headers): string {
  const configured = new URL(env.PUBLIC_BASE_URL).origin;
  if (env.PUBLIC_BASE_URL_SET) return configured;
  const host = requestHeaders.get("host");
  if (!host) return configured;
  const scheme = requestHeaders.get("x-forwarded-proto") === "https" ? "https" : "http";
  const candidate = URL.canParse(`${scheme}://${host}`) ? new URL(`${scheme}://${host}`).origin : null;
  return candidate && trustedOrigins.includes(candidate) ? candidate : configured;
}
