import { NextRequest } from "next/server";
import createMiddleware from "next-intl/middleware";
import { env } from "@/lib/env";
import { problemFromError } from "@/lib/errors/problem-from-error";
import { refuseCrossSiteWrite } from "@/lib/http/refuse-cross-site-write";
import { newNonce, pageContentSecurityPolicy, tileOriginOf } from "@/lib/security/content-security-policy";
import { routing } from "./i18n/routing";

// Sends "/" and unprefixed paths to the visitor's language (remembered in a cookie).
const handleI18nRouting = createMiddleware(routing);

/** Embed pages are made to be framed by other sites; nothing else is. */
const EMBED_PATH = /^\/(?:[a-z]{2}\/)?embed(?:\/|$)/;

export default function proxy(request: NextRequest): Response {
  // A server action posted from a page on another origin: Next.js refuses it too, but as a 500.
  if (request.method === "POST" && request.headers.has("next-action")) {
    try {
      refuseCrossSiteWrite(request);
    } catch (error) {
      return problemFromError(error);
    }
  }
  const nonce = newNonce();
  const policy = pageContentSecurityPolicy({
    nonce,
    tileOrigin: tileOriginOf(env.MAP_TILE_URL),
    frameable: EMBED_PATH.test(request.nextUrl.pathname),
    development: process.env.NODE_ENV === "development",
    https: request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https",
  });
  // Next.js reads the nonce from the request's policy header and puts it on the scripts it renders.
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  headers.set("x-nonce", nonce);
  const response = handleI18nRouting(new NextRequest(request, { headers }));
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Everything but the API, short links (/s/<code>, which redirect to a page that has its language),
  // the app's own static files and metadata routes.
  matcher: ["/((?!api|s/|basemap|media|_next|_vercel|sitemap.xml|sitemaps|robots.txt|icon.svg|.*\\..*).*)"],
};
