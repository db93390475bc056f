import { z } from "zod";
import { key } from "./messages";

/**
 * The languages the editor offers for a source's title, the ones sources here are most often in; the
 * schema takes any primary tag, so a source in another language keeps it (the editor then adds it).
 */
export const SOURCE_LANGUAGES = ["en", "ru", "uk", "be", "kk", "de", "fr", "pl", "ro", "sv", "tr", "lv", "lt", "et", "hy"] as const;

/** A BCP 47 primary language tag ("en", "ru", "de"), lower-cased; null when the language is not known. */
export const sourceLanguageSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(3, key("sourceLanguage"))
  .regex(/^[a-z]{2,3}$/, key("sourceLanguage"))
  .nullable()
  .default(null);
