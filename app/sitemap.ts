import type { MetadataRoute } from "next";
import { listPublishedPages } from "@/lib/data/sitemap/list-published-pages";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const pages = await listPublishedPages();
  const base = env.PUBLIC_BASE_URL.replace(/\/$/, "");
  return [
    { url: `${base}/`, changeFrequency: "daily", priority: 1 },
    ...pages.map((page) => ({ url: `${base}${page.path}`, lastModified: page.updatedAt, changeFrequency: "weekly" as const })),
  ];
}
