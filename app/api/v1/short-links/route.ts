import { consumeAttempt } from "@/lib/auth/attempt-limit";
import { CLIENT_ADDRESS_HEADER } from "@/lib/auth/client-address";
import { createShortLink } from "@/lib/data/short-links/create-short-link";
import { AppError } from "@/lib/errors/app-error";
import { problemFromError } from "@/lib/errors/problem-from-error";
import { readJsonBody } from "@/lib/http/read-json-body";
import { SHORT_LINKS_PER_ADDRESS } from "@/lib/share/short-link-policy";
import { siteOrigin } from "@/lib/share/site-origin";
import { shortLinkRequestSchema } from "@/lib/validation/short-link";

export const dynamic = "force-dynamic";

/**
 * A short link to a page of this site: `{ "target": "/en/entries/rzhev-memorial" }` → 201 with the
 * new link, or 200 with the one that target already has. Public (anyone may share a view), limited per
 * address; only same-site paths are accepted.
 */
export async function POST(request: Request): Promise<Response> {
  try {
    const address = request.headers.get(CLIENT_ADDRESS_HEADER) ?? "unknown";
    const decision = await consumeAttempt(`short-link:${address}`, SHORT_LINKS_PER_ADDRESS);
    if (!decision.allowed) {
      const refusal = problemFromError(
        new AppError("RATE_LIMITED", `Too many short links from this address. Try again in ${decision.retryAfterSeconds} s.`),
      );
      refusal.headers.set("Retry-After", String(decision.retryAfterSeconds));
      return refusal;
    }
    const { target } = await readJsonBody(request, shortLinkRequestSchema);
    const { code, created } = await createShortLink({ target });
    const path = `/s/${code}`;
    return Response.json({ code, path, url: `${siteOrigin(request.headers)}${path}`, target }, { status: created ? 201 : 200 });
  } catch (error) {
    return problemFromError(error);
  }
}
