import { db } from "@/lib/db";
import { PUBLISHED } from "../published";

export interface PublishedPage {
  path: string;
  updatedAt: Date;
}

export async function listPublishedPages(): Promise<PublishedPage[]> {
  const [entries, articles] = await Promise.all([
    db.entry.findMany({ where: { status: PUBLISHED }, select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } }),
    db.article.findMany({ where: { status: PUBLISHED }, select: { slug: true, updatedAt: true }, orderBy: { slug: "asc" } }),
  ]);
  return [
    ...entries.map((e) => ({ path: `/entries/${e.slug}`, updatedAt: e.updatedAt })),
    ...articles.map((a) => ({ path: `/articles/${a.slug}`, updatedAt: a.updatedAt })),
  ];
}
