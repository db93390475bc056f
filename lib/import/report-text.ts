import { createTranslator } from "next-intl";
import type { z } from "zod";
import { CONTENT_LOCALES, type ContentLocale } from "@/lib/content/locales";
import type { AppError } from "@/lib/errors/app-error";
import { issueText, refusalText, type ValidationTranslate } from "@/lib/validation/messages";
import enImports from "@/messages/en/imports.json";
import enMessages from "@/messages/en.json";
import ruImports from "@/messages/ru/imports.json";
import ruMessages from "@/messages/ru.json";
import type { ReportText } from "./import-report";
import type { ImportMessage } from "./import-row";

const validation: Record<ContentLocale, ValidationTranslate> = {
  en: createTranslator({ locale: "en", messages: { validation: enMessages.validation }, namespace: "validation" }),
  ru: createTranslator({ locale: "ru", messages: { validation: ruMessages.validation }, namespace: "validation" }),
};

const reasons = {
  en: createTranslator({ locale: "en", messages: enImports, namespace: "imports.reasons" }),
  ru: createTranslator({ locale: "ru", messages: ruImports, namespace: "imports.reasons" }),
};

const inEveryLanguage = (say: (locale: ContentLocale) => string): ReportText =>
  Object.fromEntries(CONTENT_LOCALES.map((locale) => [locale, say(locale)])) as ReportText;

/** One of the importer's own reasons, in every staff language. */
export function importReason(message: ImportMessage): ReportText {
  return inEveryLanguage((locale) => reasons[locale](message.key, message.params));
}

/** A schema's complaint about a row, in every staff language: the editor's own words for it. */
export function issueReason(issue: z.core.$ZodIssue): ReportText {
  return inEveryLanguage((locale) => issueText(issue, validation[locale]));
}

/** The data layer's refusal of a row (a slug taken, a published entry an editor may not change), in every staff language. */
export function refusalReason(error: AppError): ReportText {
  return inEveryLanguage((locale) => refusalText(error, validation[locale]));
}
