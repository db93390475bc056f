import { z } from "zod";
import { PUBLICATION_STATUSES } from "@/lib/content/entry-kinds";
import { CONTENT_LOCALES } from "@/lib/content/locales";
import { citationInputSchema, historicalDateTextSchema, slugSchema } from "./entry";
import { key } from "./messages";
import { safeText } from "./safe-text";

export const articleTranslationSchema = z.object({
  title: safeText(z.string().trim().min(1, key("titleRequired")).max(500)),
  /** HTML or plain text; sanitized before it is stored. */
  body: safeText(z.string().max(500_000)).default(""),
  excerpt: safeText(z.string().trim().max(2000)).default(""),
});

export const articleInputSchema = z.object({
  slug: slugSchema,
  status: z.enum(PUBLICATION_STATUSES).default("draft"),
  publisher: safeText(z.string().trim().max(300)).nullable().default(null),
  /** The original's own title, where it had one. */
  originalTitle: safeText(z.string().trim().min(1).max(500)).nullable().default(null),
  originalUrl: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullable()
    .default(null),
  publishedDate: historicalDateTextSchema.nullable().default(null),
  language: z.enum(CONTENT_LOCALES).default("en"),
  translations: z
    .partialRecord(z.enum(CONTENT_LOCALES), articleTranslationSchema)
    .refine((t) => Object.keys(t).length > 0, key("textInOneLanguage")),
  mentions: z
    .array(z.object({ entrySlug: slugSchema, note: safeText(z.string().trim().max(1000)).default("") }))
    .max(200)
    .default([]),
  citations: z.array(citationInputSchema).max(300).default([]),
});

export type ArticleInput = z.input<typeof articleInputSchema>;
