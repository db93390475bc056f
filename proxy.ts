import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

// Sends "/" and unprefixed paths to the visitor's language (remembered in a cookie).
export default createMiddleware(routing);

export const config = {
  // Everything but the API, the app's own static files and metadata routes.
  matcher: ["/((?!api|basemap|media|_next|_vercel|sitemap.xml|sitemaps|robots.txt|icon.svg|.*\\..*).*)"],
};
