import { listSitemapFiles } from "@/lib/data/sitemap/list-sitemap-files";
import { sitemapFileName } from "@/lib/data/sitemap/sitemap-files";
import { absoluteUrl } from "@/lib/site-url";
import { sitemapIndex } from "@/lib/sitemap/sitemap-xml";

export const dynamic = "force-dynamic";

/** A sitemap index: the protocol allows 50,000 URLs a file, and the collection has more pages than that. */
export async function GET(): Promise<Response> {
  const files = await listSitemapFiles();
  return new Response(sitemapIndex(files.map((file) => absoluteUrl(`/sitemaps/${sitemapFileName(file)}`))), {
    headers: { "Content-Type": "application/xml; charset=utf-8" },
  });
}
