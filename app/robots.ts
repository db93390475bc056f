import type { MetadataRoute } from "next";
import { absoluteUrl } from "@/lib/site-url";

// A route rather than public/robots.txt: the Sitemap line must be an absolute URL, and the site's
// address (PUBLIC_BASE_URL, by default following PORT) is known only when the app starts.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return { rules: [{ userAgent: "*", allow: "/" }], sitemap: absoluteUrl("/sitemap.xml") };
}
