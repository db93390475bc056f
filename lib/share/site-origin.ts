import { trustedOrigins } from "@/lib/auth/trusted-origins";
import { env } from "@/lib/env";

/**
 * The header the PDF renderer (lib/handout/render-pdf.ts) sends with the page it prints: the address
 * the person asked for the PDF at, since the renderer itself reaches the app on its loopback address.
 * Checked like the Host header, so it can only name an address the app serves or trusts.
 */
export const PAGE_ORIGIN_HEADER = "x-memorial-page-origin";

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
  const forwarded = requestHeaders.get(PAGE_ORIGIN_HEADER);
  const host = requestHeaders.get("host");
  const scheme = requestHeaders.get("x-forwarded-proto") === "https" ? "https" : "http";
  const text = forwarded ?? (host ? `${scheme}://${host}` : null);
  const candidate = text && URL.canParse(text) ? new URL(text).origin : null;
  return candidate && trustedOrigins.includes(candidate) ? candidate : configured;
}
