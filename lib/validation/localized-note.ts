import { z } from "zod";
import { CONTENT_LOCALES, type ContentLocale } from "@/lib/content/locales";
import { key } from "./messages";
import { safeText } from "./safe-text";

/**
 * A note in each language (`{ en, ru }`, either may be empty), as every form, action, API body and
 * the seed send it. `max` is per language; `reportLength` words the limit for a form.
 */
export function localizedNoteSchema(max: number, reportLength = false) {
  const text = safeText(
    z
      .string()
      .trim()
      .max(max, reportLength ? key("noteTooLong") : undefined),
  ).default("");
  return z
    .object(Object.fromEntries(CONTENT_LOCALES.map((locale) => [locale, text])) as Record<ContentLocale, typeof text>)
    .strict()
    .default({ en: "", ru: "" });
}
