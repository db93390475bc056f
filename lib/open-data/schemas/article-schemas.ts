import { z } from "zod";
import { citedSourceSchema, entrySummarySchema, mediaSchema } from "./entry-schemas";

export const articleListItemSchema = z
  .object({
    slug: z.string(),
    title: z.string(),
    titleLocale: z.string(),
    publisher: z.string().nullable(),
    originalTitle: z.string().nullable().meta({ description: "The title the original was published under." }),
    originalUrl: z.string().nullable().meta({ description: "The original's address." }),
    date: z.string().nullable().meta({ description: "Publication date as EDTF, where known." }),
    dateLabel: z.string().nullable(),
    language: z.string().meta({ description: "The language the original was written in." }),
    excerpt: z.string(),
    about: z.array(z.string()).meta({ description: "Slugs of the published entries the article is about." }),
    url: z.url().meta({ description: "The article's page on this site." }),
  })
  .strict()
  .meta({ id: "ArticleListItem", description: "An article: our summary of a news item or page, with its attribution." });

export const articleDetailSchema = z
  .object({
    slug: z.string(),
    publisher: z.string().nullable(),
    originalTitle: z.string().nullable(),
    originalUrl: z.string().nullable(),
    publishedEdtf: z.string().nullable(),
    dateLabel: z.string().nullable(),
    language: z.string(),
    url: z.url(),
    text: z
      .object({
        locale: z.string(),
        isFallback: z.boolean(),
        title: z.string(),
        bodyHtml: z.string().meta({ description: "Sanitized HTML: no scripts, styles, images or event handlers." }),
        excerpt: z.string(),
      })
      .strict(),
    mentions: z.array(entrySummarySchema.extend({ note: z.string() }).strict()),
    media: z.array(mediaSchema),
    sources: z.array(citedSourceSchema),
    updatedAt: z.iso.datetime(),
  })
  .strict()
  .meta({ id: "ArticleDetail" });

export type ArticleListItem = z.infer<typeof articleListItemSchema>;
