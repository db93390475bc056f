import { z } from "zod";
import { CONTENT_LOCALES, type ContentLocale } from "@/lib/content/locales";
import { RELATION_TYPES } from "@/lib/content/relation-types";
import { articleEditSchema } from "@/lib/validation/article-edit";
import { historicalDateTextSchema, slugSchema } from "@/lib/validation/entry";
import { key } from "@/lib/validation/messages";
import { safeText } from "@/lib/validation/safe-text";

const ARTICLE_FIELDS = articleEditSchema.shape;
const blankAsNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);
const text = (max: number) => safeText(z.string().trim().max(max)).default("");
const perLanguage = <T extends z.ZodType>(schema: T) =>
  z.object(Object.fromEntries(CONTENT_LOCALES.map((l) => [l, schema])) as Record<ContentLocale, T>);
const optionalNumber = (min: number, max: number) =>
  z.preprocess((v) => (v === "" || v === null || v === undefined ? null : Number(v)), z.number().min(min).max(max).nullable());

/** Longest passage of the original the article may quote: a short quotation, not a copy. */
export const QUOTATION_MAX = 300;

/**
 * Each proposal is accepted (as proposed or as edited: an edit is an accept with the curator's values),
 * rejected, or still pending; only what is accepted is written.
 */
export const REVIEW_DECISIONS = ["pending", "accept", "reject"] as const;
export const reviewDecisionSchema = z.enum(REVIEW_DECISIONS);
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** A proposed event, as the curator left it. `existingSlug`: the analysis found it already in the collection. */
export const eventDecisionSchema = z
  .object({
    decision: reviewDecisionSchema,
    existingSlug: z.preprocess(blankAsNull, slugSchema.nullable().default(null)),
    title: perLanguage(text(300)),
    date: z.preprocess(blankAsNull, historicalDateTextSchema.nullable().default(null)),
    latitude: optionalNumber(-90, 90),
    longitude: optionalNumber(-180, 180),
    placeName: text(300),
    /** The place is an entry of the collection (a memorial), not a town: its point is exact. */
    placeIsEntry: z.boolean().default(false),
  })
  .superRefine((event, ctx) => {
    if (event.decision !== "accept" || event.existingSlug) return;
    if (CONTENT_LOCALES.every((l) => event.title[l] === ""))
      ctx.addIssue({ code: "custom", path: ["title", "en"], message: key("titleInOneLanguage") });
    if ((event.latitude === null) !== (event.longitude === null))
      ctx.addIssue({ code: "custom", path: [event.latitude === null ? "latitude" : "longitude"], message: key("coordinatesBoth") });
  });

/** A proposed link from an entry (or the item's proposed event) to an entry; "mentions" becomes an article mention. */
export const linkDecisionSchema = z.object({
  key: z.string().min(1).max(100),
  decision: reviewDecisionSchema,
  from: z.union([z.object({ entrySlug: slugSchema }), z.object({ proposedEvent: z.literal(true) })]),
  target: slugSchema,
  relationType: z.union([z.enum(RELATION_TYPES), z.literal("mentions")], { message: key("linkType") }),
  /** The sentence that justifies the link, kept as its note. */
  note: safeText(z.string().trim().max(1000, key("noteTooLong"))).default(""),
});

/** A person or organisation named: an entry already there (mentioned) or a new draft. */
export const agentDecisionSchema = z.object({
  key: z.string().min(1).max(100),
  decision: reviewDecisionSchema,
  name: safeText(z.string().trim().min(1, key("titleRequired")).max(300)),
  kind: z.enum(["person", "organisation"], { message: key("entryKind") }),
  entrySlug: z.preprocess(blankAsNull, slugSchema.nullable().default(null)),
  note: safeText(z.string().trim().max(1000, key("noteTooLong"))).default(""),
});

export const itemDecisionSchema = z.object({
  key: z.string().min(1).max(100),
  event: eventDecisionSchema.nullable().default(null),
  links: z.array(linkDecisionSchema).max(500).default([]),
  agents: z.array(agentDecisionSchema).max(200).default([]),
});

/**
 * The article as it is stored: our own title and summary per language (a language counts when it has
 * a title, and then needs a summary), at most one short quotation, and the original's attribution.
 * There is no field for the original's text: it is shown for reading and never sent back.
 */
export const importedArticleSchema = z
  .object({
    title: perLanguage(text(500)),
    summary: perLanguage(text(2000)),
    quotation: safeText(z.string().trim().max(QUOTATION_MAX)).default(""),
    // The original's attribution, checked as the article editor checks it.
    originalTitle: ARTICLE_FIELDS.originalTitle,
    publisher: ARTICLE_FIELDS.publisher,
    originalUrl: ARTICLE_FIELDS.originalUrl,
    publishedDate: ARTICLE_FIELDS.publishedDate,
    language: ARTICLE_FIELDS.language,
  })
  .superRefine((article, ctx) => {
    if (CONTENT_LOCALES.every((l) => article.title[l] === ""))
      ctx.addIssue({ code: "custom", path: ["title", "en"], message: key("titleInOneLanguage") });
    for (const locale of CONTENT_LOCALES) {
      if (article.title[locale] !== "" && article.summary[locale] === "")
        ctx.addIssue({ code: "custom", path: ["summary", locale], message: key("required") });
      if (article.title[locale] === "" && article.summary[locale] !== "")
        ctx.addIssue({ code: "custom", path: ["title", locale], message: key("titleForText") });
    }
  });

/**
 * What the review screen sends when the curator creates the drafts, checked the same way in the
 * browser and by the action. `itemKeys` are every item of the analysed page, accepted or not: with
 * the original's address they tell a re-import of the same article.
 */
export const articleImportDecisionsSchema = z.object({
  article: importedArticleSchema,
  itemKeys: z.array(z.string().min(1).max(100)).min(1).max(200),
  items: z.array(itemDecisionSchema).max(200),
});

export type ArticleImportDecisionsInput = z.input<typeof articleImportDecisionsSchema>;
export type ArticleImportDecisions = z.output<typeof articleImportDecisionsSchema>;
export type ItemDecision = z.output<typeof itemDecisionSchema>;
export type LinkDecision = z.output<typeof linkDecisionSchema>;
export type AgentDecision = z.output<typeof agentDecisionSchema>;
export type EventDecision = z.output<typeof eventDecisionSchema>;
