import { z } from "zod";
import { CONTENT_LOCALES, type ContentLocale } from "@/lib/content/locales";
import { historicalDateTextSchema, slugSchema } from "./entry";
import { key } from "./messages";
import { safeText } from "./safe-text";

const emptyToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

export const articleTextEditSchema = z.object({
  title: safeText(z.string().trim().max(500)).default(""),
  excerpt: safeText(z.string().trim().max(2000)).default(""),
  /** HTML or plain text; sanitized before it is stored. */
  body: safeText(z.string().max(500_000)).default(""),
});

const EMPTY_TEXT = { title: "", excerpt: "", body: "" };

/**
 * What the article editor and the article API send, checked the same way in the browser and on the
 * server. A language counts only when its title is given; at least one language must be.
 */
export const articleEditSchema = z
  .object({
    slug: slugSchema,
    publisher: z.preprocess(emptyToNull, safeText(z.string().trim().max(300)).nullable().default(null)),
    originalTitle: z.preprocess(emptyToNull, safeText(z.string().trim().max(500)).nullable().default(null)),
    originalUrl: z.preprocess(
      emptyToNull,
      z
        .url({ protocol: /^https?$/, message: key("webAddress") })
        .max(2000)
        .nullable()
        .default(null),
    ),
    publishedDate: z.preprocess(emptyToNull, historicalDateTextSchema.nullable().default(null)),
    language: z.enum(CONTENT_LOCALES, { message: key("articleLanguage") }),
    translations: z.object(
      Object.fromEntries(CONTENT_LOCALES.map((l) => [l, articleTextEditSchema.default(EMPTY_TEXT)])) as Record<
        ContentLocale,
        ReturnType<typeof articleTextEditSchema.default>
      >,
    ),
    mentions: z
      .array(z.object({ entrySlug: slugSchema, note: safeText(z.string().trim().max(1000, key("noteTooLong"))).default("") }))
      .max(200)
      .default([]),
  })
  .superRefine((article, ctx) => {
    const titled = CONTENT_LOCALES.filter((l) => article.translations[l].title !== "");
    if (titled.length === 0) ctx.addIssue({ code: "custom", path: ["translations", "en", "title"], message: key("titleInOneLanguage") });
    for (const locale of CONTENT_LOCALES) {
      const text = article.translations[locale];
      if (text.title === "" && (text.body.trim() !== "" || text.excerpt !== "")) {
        ctx.addIssue({ code: "custom", path: ["translations", locale, "title"], message: key("titleForText") });
      }
    }
    const seen = new Set<string>();
    article.mentions.forEach((m, index) => {
      if (seen.has(m.entrySlug)) ctx.addIssue({ code: "custom", path: ["mentions", index, "entrySlug"], message: key("mentionTwice") });
      seen.add(m.entrySlug);
    });
  });

export type ArticleEditInput = z.input<typeof articleEditSchema>;
export type ArticleEdit = z.output<typeof articleEditSchema>;
