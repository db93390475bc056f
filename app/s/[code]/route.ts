import { findShortLinkTarget } from "@/lib/data/short-links/find-short-link-target";
import { notFoundProblem } from "@/lib/http/problem";
import { normalizeShortLinkCode, SHORT_LINK_CODE } from "@/lib/share/short-link-code";

export const dynamic = "force-dynamic";

/** A short link: 302 to the page it was made for (always a path on this site, see lib/validation/short-link.ts). */
export async function GET(_request: Request, context: { params: Promise<{ code: string }> }): Promise<Response> {
  const code = normalizeShortLinkCode((await context.params).code);
  const target = SHORT_LINK_CODE.test(code) ? await findShortLinkTarget({ code }) : null;
  if (!target) return notFoundProblem(`No short link "${code}"`);
  // A relative Location keeps the visitor on the address they came in at (a LAN address, a proxy's name).
  return new Response(null, { status: 302, headers: { Location: target, "Cache-Control": "no-store" } });
}
