import { CONTENT_LOCALES } from "@/lib/content/locales";
import { db } from "@/lib/db";
import type { TourSnapshot } from "@/lib/revisions/tour-snapshot";
import { type TourEdit, tourEditSchema } from "@/lib/validation/tour";

/**
 * A stored snapshot as an edit that can be saved again; steps whose entry or article was deleted
 * since are left out rather than failing the whole restore.
 */
export async function tourSnapshotToEdit(snapshot: TourSnapshot): Promise<TourEdit> {
  const slugs = (field: "entrySlug" | "articleSlug") => snapshot.steps.flatMap((s) => (s[field] ? [s[field]] : []));
  const [entries, articles] = await Promise.all([
    db.entry.findMany({ where: { slug: { in: slugs("entrySlug") } }, select: { slug: true } }),
    db.article.findMany({ where: { slug: { in: slugs("articleSlug") } }, select: { slug: true } }),
  ]);
  const present = new Set([...entries.map((e) => `entry:${e.slug}`), ...articles.map((a) => `article:${a.slug}`)]);
  const steps = snapshot.steps.filter(
    (s) =>
      s.kind === "slide" ||
      (s.kind === "entry" && present.has(`entry:${s.entrySlug}`)) ||
      (s.kind === "article" && present.has(`article:${s.articleSlug}`)),
  );
  return tourEditSchema.parse({
    slug: snapshot.slug,
    shared: snapshot.shared,
    translations: snapshot.translations,
    steps: steps.map((s) => ({ ...s, texts: Object.fromEntries(CONTENT_LOCALES.map((l) => [l, s.texts[l]])) })),
  });
}
