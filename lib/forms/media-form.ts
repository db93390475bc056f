import type { z } from "zod";
import { CONTENT_LOCALES } from "@/lib/content/locales";
import type { MediaMetadataInput } from "@/lib/validation/media";
import { issueText, type ValidationTranslate } from "@/lib/validation/messages";

/** The metadata fields of the upload and edit forms, by their names, in the order they appear. */
export const MEDIA_METADATA_FIELDS = ["caption_en", "altText_en", "caption_ru", "altText_ru", "credit", "licence", "sourceUrl"] as const;
export type MediaMetadataField = (typeof MEDIA_METADATA_FIELDS)[number];

/** The schema's input from a form's fields, read by name (a missing field counts as empty). */
export function mediaMetadataInput(field: (name: string) => string | undefined): MediaMetadataInput {
  return {
    translations: Object.fromEntries(
      CONTENT_LOCALES.map((locale) => [locale, { caption: field(`caption_${locale}`) ?? "", altText: field(`altText_${locale}`) ?? "" }]),
    ),
    credit: field("credit") ?? "",
    licence: field("licence") ?? "",
    sourceUrl: field("sourceUrl"),
  };
}

/**
 * Where a schema issue belongs in the media forms: `translations.ru.caption` → `caption_ru`,
 * `entryId` → `entrySlug`. A missing caption in every language is reported on the English caption.
 */
export function mediaFormField(path: readonly PropertyKey[]): string {
  const [head, locale, field] = path.map(String);
  if (head === "translations") return locale && field ? `${field}_${locale}` : `caption_${CONTENT_LOCALES[0]}`;
  if (head === "entryId") return "entrySlug";
  if (head === "articleId") return "articleSlug";
  return head ?? "";
}

/** A schema error as the per-field list the APIs return and the forms show, in the translator's language. */
export function mediaFieldErrors(error: z.ZodError, t: ValidationTranslate): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: mediaFormField(issue.path), message: issueText(issue, t) }));
}

/** An image's stored text as the edit form's starting values (a language not given is empty). */
export function mediaFormValues(image: {
  translations: { locale: string; caption: string; altText: string }[];
  credit: string;
  licence: string;
  sourceUrl: string | null;
}): Record<MediaMetadataField, string> {
  const text = (locale: string) => image.translations.find((t) => t.locale === locale);
  return {
    caption_en: text("en")?.caption ?? "",
    altText_en: text("en")?.altText ?? "",
    caption_ru: text("ru")?.caption ?? "",
    altText_ru: text("ru")?.altText ?? "",
    credit: image.credit,
    licence: image.licence,
    sourceUrl: image.sourceUrl ?? "",
  };
}
