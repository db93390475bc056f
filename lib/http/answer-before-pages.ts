import { type NextRequest, NextResponse } from "next/server";
import { isMalformedPath, malformedPathAnswer } from "./malformed-path";
import { methodNotAllowed } from "./method-not-allowed";

/**
 * What proxy.ts's page matcher (config.matcher's first line) leaves out, kept in step with it by
 * tests/unit/proxy-paths.test.ts (the matcher must be a literal): the proxy sees these only for a
 * percent escape or an API method, and passes the rest on untouched.
 */
export const NOT_A_PAGE = /^\/(?:api|s\/|basemap|media|_next|_vercel|sitemap\.xml|sitemaps|robots\.txt|icon\.svg|.*\..*)/;

/**
 * The proxy's answer before anything a page needs, or undefined for a page:
 * - a path with a malformed percent escape: 400 (Next.js decodes a route parameter again and would
 *   answer a 500; scripts/serve.ts refuses it too before Next.js sees it, and this holds under bare
 *   `next start` and `next dev` as well);
 * - an API address with a method its route does not take: 405 with Allow (lib/http/method-not-allowed.ts);
 * - anything else that is not a page: on to its route as it came.
 */
export function answerBeforePages(request: NextRequest): Response | undefined {
  const { pathname } = request.nextUrl;
  if (isMalformedPath(pathname)) {
    const answer = malformedPathAnswer(pathname);
    return new Response(answer.body, { status: answer.status, headers: answer.headers });
  }
  if (pathname.startsWith("/api/")) return methodNotAllowed(request) ?? NextResponse.next();
  if (NOT_A_PAGE.test(pathname)) return NextResponse.next();
  return undefined;
}
