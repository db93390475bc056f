import { CONTENT_LOCALES } from "@/lib/content/locales";
import { AppError } from "@/lib/errors/app-error";
import { dayStart } from "@/lib/url-state/explorer-url-state";
import type { TourEdit } from "@/lib/validation/tour";
import type { Transaction } from "../transaction";

/** The ids of the records named by slug, refusing the first missing one beside its step's field. */
function idsBySlug(
  rows: { slug: string; id: string }[],
  wanted: { index: number; slug: string | null }[],
  refuse: (slug: string, index: number) => AppError,
): Map<string, string> {
  const ids = new Map(rows.map((r) => [r.slug, r.id]));
  const missing = wanted.find((w) => w.slug !== null && !ids.has(w.slug));
  if (missing) throw refuse(missing.slug!, missing.index);
  return ids;
}

/**
 * Writes a tour's own fields, its texts and its steps (all replaced, in the edit's order). A step
 * names its entry or article by slug; one that does not exist is refused beside that step's field.
 * The owner and the share token are not part of an edit.
 */
export async function writeTourFields(tx: Transaction, tourId: string, edit: TourEdit): Promise<void> {
  const wanted = (field: "entrySlug" | "articleSlug", kind: string) =>
    edit.steps.map((s, index) => ({ index, slug: s.kind === kind ? s[field] : null }));
  const entrySlugs = edit.steps.flatMap((s) => (s.kind === "entry" && s.entrySlug ? [s.entrySlug] : []));
  const articleSlugs = edit.steps.flatMap((s) => (s.kind === "article" && s.articleSlug ? [s.articleSlug] : []));
  const entries = idsBySlug(
    await tx.entry.findMany({ where: { slug: { in: entrySlugs } }, select: { id: true, slug: true } }),
    wanted("entrySlug", "entry"),
    (slug, index) => new AppError("NOT_FOUND", { key: "noEntry", params: { slug } }, { field: `steps.${index}.entrySlug` }),
  );
  const articles = idsBySlug(
    await tx.article.findMany({ where: { slug: { in: articleSlugs } }, select: { id: true, slug: true } }),
    wanted("articleSlug", "article"),
    (slug, index) => new AppError("NOT_FOUND", { key: "noArticle", params: { slug } }, { field: `steps.${index}.articleSlug` }),
  );

  await tx.tour.update({ where: { id: tourId }, data: { slug: edit.slug, shared: edit.shared } });
  await tx.tourTranslation.deleteMany({ where: { tourId } });
  await tx.tourTranslation.createMany({
    data: CONTENT_LOCALES.flatMap((locale) => {
      const text = edit.translations[locale];
      return text.title ? [{ tourId, locale, title: text.title, introduction: text.introduction }] : [];
    }),
  });
  await tx.tourStep.deleteMany({ where: { tourId } });
  for (const [position, step] of edit.steps.entries()) {
    await tx.tourStep.create({
      data: {
        tourId,
        position,
        kind: step.kind,
        entryId: step.kind === "entry" && step.entrySlug ? entries.get(step.entrySlug)! : null,
        articleId: step.kind === "article" && step.articleSlug ? articles.get(step.articleSlug)! : null,
        latitude: step.latitude,
        longitude: step.longitude,
        zoom: step.zoom,
        windowFrom: step.from === null ? null : dayStart(step.from),
        windowTo: step.to === null ? null : dayStart(step.to),
        translations: {
          create: CONTENT_LOCALES.flatMap((locale) => {
            const text = step.texts[locale];
            return text.title || text.narrative || text.question ? [{ locale, ...text }] : [];
          }),
        },
      },
    });
  }
}
