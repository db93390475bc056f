import { trustedOrigins } from "./trusted-origins";

/** better-auth's codes for a state-changing request from a page whose origin it does not trust. */
const ORIGIN_REFUSALS = new Set(["INVALID_ORIGIN", "MISSING_OR_NULL_ORIGIN"]);

/**
 * Turns better-auth's bare "Invalid origin" refusal into an answer that names the setting to change,
 * for the sign-in form to show and the log to keep: a refused address is a configuration mistake to
 * fix, and must never read as a wrong password. Every other response passes through unchanged.
 */
export async function explainOriginRefusal(request: Request, response: Response): Promise<Response> {
  if (response.status !== 403) return response;
  const body = (await response
    .clone()
    .json()
    .catch(() => null)) as { code?: unknown } | null;
  if (typeof body?.code !== "string" || !ORIGIN_REFUSALS.has(body.code)) return response;
  const origin = request.headers.get("origin") ?? request.headers.get("referer") ?? "(none)";
  const detail =
    `The page's address ${origin} is not one this server trusts for staff sign-in. ` +
    `Add it to the TRUSTED_ORIGINS setting (comma-separated), or set PUBLIC_BASE_URL to it, and restart the app.`;
  console.error(`Refused ${new URL(request.url).pathname}: ${detail} Trusted now: ${trustedOrigins.join(", ")}.`);
  // RFC 9457, with better-auth's code and the refused origin as extension members for the form.
  return Response.json(
    { type: "about:blank", title: "Address not trusted for sign-in", status: 403, detail, code: body.code, origin },
    { status: 403, headers: { "Content-Type": "application/problem+json" } },
  );
}
