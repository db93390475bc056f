import { pickTranslation } from "@/lib/content/pick-translation";
import { db } from "@/lib/db";
import { type EntrySummary, entrySummarySelect, toEntrySummary } from "../entries/entry-summary";
import { type CitedSource, citationSelect, groupCitations } from "../sources/group-citations";
import { type StepFraming, stepFraming } from "./step-framing";
import { tourStepFieldsSelect } from "./tour-step-select";

export interface TourStepView extends StepFraming {
  number: number;
  kind: string;
  /** The slide's title, else the entry's or article's in the reader's language. */
  title: string;
  titleLocale: string;
  narrative: string;
  question: string;
  /** What the step shows, when it is published (a draft entry is never shown to the public). */
  entry: EntrySummary | null;
  article: { slug: string; title: string } | null;
  sources: CitedSource[];
}

export interface TourView {
  id: string;
  slug: string;
  status: string;
  shared: boolean;
  ownerId: string | null;
  shareToken: string;
  title: string;
  titleLocale: string;
  introduction: string;
  steps: TourStepView[];
}

/** A tour as its page and its presentation show it, in the reader's language; null when there is none. */
export async function getTourForViewing(slug: string, locale: string): Promise<TourView | null> {
  const row = await db.tour.findUnique({
    where: { slug },
    select: {
      id: true,
      slug: true,
      status: true,
      shared: true,
      ownerId: true,
      shareToken: true,
      translations: { select: { locale: true, title: true, introduction: true } },
      steps: {
        orderBy: { position: "asc" },
        select: {
          ...tourStepFieldsSelect,
          entry: { select: { ...entrySummarySelect, status: true, citations: citationSelect } },
          article: { select: { slug: true, status: true, translations: { select: { locale: true, title: true } } } },
        },
      },
    },
  });
  if (!row) return null;
  const text = pickTranslation(row.translations, locale);
  const steps = row.steps.map((step, index): TourStepView => {
    const entry = step.entry?.status === "published" ? toEntrySummary(step.entry, locale) : null;
    const articleTitle = step.article?.status === "published" ? pickTranslation(step.article.translations, locale) : null;
    const article = step.article && articleTitle ? { slug: step.article.slug, title: articleTitle.title } : null;
    const texts = pickTranslation(step.translations, locale);
    const own = texts?.title ? { title: texts.title, titleLocale: texts.locale } : null;
    const named =
      own ??
      (entry ? { title: entry.title, titleLocale: entry.titleLocale } : null) ??
      (article && articleTitle ? { title: article.title, titleLocale: articleTitle.locale } : null);
    return {
      number: index + 1,
      kind: step.kind,
      title: named?.title ?? "",
      titleLocale: named?.titleLocale ?? locale,
      narrative: texts?.narrative ?? "",
      question: texts?.question ?? "",
      entry,
      article,
      sources: entry && step.entry ? groupCitations(step.entry.citations, locale) : [],
      ...stepFraming(step, entry),
    };
  });
  return {
    id: row.id,
    slug: row.slug,
    status: row.status,
    shared: row.shared,
    ownerId: row.ownerId,
    shareToken: row.shareToken,
    title: text?.title ?? row.slug,
    titleLocale: text?.locale ?? locale,
    introduction: text?.introduction ?? "",
    steps,
  };
}
