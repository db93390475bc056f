import { z } from "zod";
import { CONTENT_LOCALES, type ContentLocale } from "@/lib/content/locales";
import { key } from "./messages";
import { safeText } from "./safe-text";

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
  caption: safeText(
    z
      .string({ error: key("captionText") })
      .trim()
      .max(1000, key("captionTooLong")),
  ).default(""),
  altText: safeText(
    z
      .string({ error: key("altTextText") })
      .trim()
      .max(1000, key("altTextTooLong")),
  ).default(""),
});

type MediaTranslation = z.output<typeof mediaTranslationSchema>;

const translationsSchema = z
  .partialRecord(z.enum(CONTENT_LOCALES), mediaTranslationSchema, {
    error: key("captionLanguages"),
  })
  .superRefine((translations, ctx) => {
    for (const [locale, text] of Object.entries(translations)) {
      if (text && !text.caption && text.altText) {
        ctx.addIssue({ code: "custom", path: [locale, "caption"], message: key("captionWithAltText") });
      }
    }
  })
  // A language whose fields were all left empty was not given.
  .transform(
    (translations): Partial<Record<ContentLocale, MediaTranslation>> =>
      Object.fromEntries(Object.entries(translations).filter(([, text]) => text?.caption)),
  );

const ownerIdSchema = z
  .string({ error: key("invalidId") })
  .trim()
  .max(100, key("invalidId"))
  .nullish()
  .transform(blankToNull);

const metadataShape = {
  translations: translationsSchema.refine((t) => Object.keys(t).length > 0, key("captionInOneLanguage")),
  credit: safeText(
    z
      .string({ error: key("creditRequired") })
      .trim()
      .min(1, key("creditRequired"))
      .max(500, key("creditTooLong")),
  ),
  licence: safeText(
    z
      .string({ error: key("licenceRequired") })
      .trim()
      .min(1, key("licenceRequired"))
      .max(200, key("licenceTooLong")),
  ),
  sourceUrl: z
    .string({ error: key("sourceUrlText") })
    .trim()
    .max(2000, key("sourceUrlTooLong"))
    .nullish()
    .transform(blankToNull)
    .pipe(
      z
        .url({ protocol: /^https?$/, error: key("sourceUrl") })
        .max(2000, key("sourceUrlTooLong"))
        .nullable(),
    ),
};

/** What is said about an image, whether it is being uploaded or edited later: the same rules for both. */
export const mediaMetadataSchema = z.object(metadataShape);

/** The form fields sent with an uploaded image (the file itself is checked by lib/media/process-image.ts). */
export const mediaFieldsSchema = z
  .object({ ...metadataShape, entryId: ownerIdSchema, articleId: ownerIdSchema })
  .superRefine((fields, ctx) => {
    if (fields.entryId === null && fields.articleId === null) {
      ctx.addIssue({ code: "custom", path: ["entryId"], message: key("imageOwner") });
    } else if (fields.entryId !== null && fields.articleId !== null) {
      ctx.addIssue({ code: "custom", path: ["articleId"], message: key("imageOwnerBoth") });
    }
  });

export type MediaFieldsInput = z.input<typeof mediaFieldsSchema>;
export type ValidMediaFields = z.output<typeof mediaFieldsSchema>;
export type MediaMetadataInput = z.input<typeof mediaMetadataSchema>;
export type ValidMediaMetadata = z.output<typeof mediaMetadataSchema>;
