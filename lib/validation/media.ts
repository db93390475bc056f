import { z } from "zod";
import { CONTENT_LOCALES, type ContentLocale } from "@/lib/content/locales";

/** Offered in the licence field (a datalist); any other licence may be typed. */
export const MEDIA_LICENCE_SUGGESTIONS = [
  "Public domain",
  "CC0 1.0",
  "CC BY 4.0",
  "CC BY-SA 4.0",
  "CC BY-NC 4.0",
  "CC BY-NC-SA 4.0",
  "CC BY-ND 4.0",
  "CC BY-NC-ND 4.0",
  "CC BY 3.0",
  "CC BY-SA 3.0",
  "GFDL 1.3",
  "Used with permission",
  "All rights reserved",
] as const;

/** A form's empty field means "not given". */
const blankToNull = (value: string | null | undefined): string | null => (value ? value : null);

export const mediaTranslationSchema = z.object({
  caption: z.string({ error: "The caption must be text" }).trim().max(1000, "Keep the caption under 1000 characters").default(""),
  altText: z
    .string({ error: "The alt text must be text" })
    .trim()
    .max(1000, "Keep the alt text under 1000 characters")
    .default(""),
});

type MediaTranslation = z.output<typeof mediaTranslationSchema>;

const translationsSchema = z
  .partialRecord(z.enum(CONTENT_LOCALES), mediaTranslationSchema, {
    error: "Captions are given per language: English (en) or Russian (ru)",
  })
  .superRefine((translations, ctx) => {
    for (const [locale, text] of Object.entries(translations)) {
      if (text && !text.caption && text.altText) {
        ctx.addIssue({ code: "custom", path: [locale, "caption"], message: "Give a caption in this language too, or remove its alt text" });
      }
    }
  })
  // A language whose fields were all left empty was not given.
  .transform(
    (translations): Partial<Record<ContentLocale, MediaTranslation>> =>
      Object.fromEntries(Object.entries(translations).filter(([, text]) => text?.caption)),
  );

const ownerIdSchema = z
  .string({ error: "Not a valid id" })
  .trim()
  .max(100, "Not a valid id")
  .nullish()
  .transform(blankToNull);

/** The form fields sent with an uploaded image (the file itself is checked by lib/media/process-image.ts). */
export const mediaFieldsSchema = z
  .object({
    translations: translationsSchema.refine((t) => Object.keys(t).length > 0, "Give a caption in at least one language"),
    credit: z
      .string({ error: "A credit is required: who made the image or holds its rights" })
      .trim()
      .min(1, "A credit is required: who made the image or holds its rights")
      .max(500, "Keep the credit under 500 characters"),
    licence: z
      .string({ error: "A licence is required, e.g. CC BY-SA 4.0 or Public domain" })
      .trim()
      .min(1, "A licence is required, e.g. CC BY-SA 4.0 or Public domain")
      .max(200, "Keep the licence under 200 characters"),
    sourceUrl: z
      .string({ error: "The source must be a web address" })
      .trim()
      .max(2000, "The source address is too long")
      .nullish()
      .transform(blankToNull)
      .pipe(
        z
          .url({ protocol: /^https?$/, error: "The source must be a web address starting with http:// or https://" })
          .nullable(),
      ),
    entryId: ownerIdSchema,
    articleId: ownerIdSchema,
  })
  .superRefine((fields, ctx) => {
    if (fields.entryId === null && fields.articleId === null) {
      ctx.addIssue({ code: "custom", path: ["entryId"], message: "Choose the entry or the article this image belongs to" });
    } else if (fields.entryId !== null && fields.articleId !== null) {
      ctx.addIssue({ code: "custom", path: ["articleId"], message: "An image belongs to an entry or to an article, not both" });
    }
  });

export type MediaFieldsInput = z.input<typeof mediaFieldsSchema>;
export type ValidMediaFields = z.output<typeof mediaFieldsSchema>;
