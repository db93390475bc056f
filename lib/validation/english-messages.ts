import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import type { ValidationTranslate } from "./messages";

/**
 * The validation messages in English, for what the APIs answer and what the data layer's errors say
 * whatever language the person reads: API clients rely on one language.
 */
export const englishValidation: ValidationTranslate = createTranslator({
  locale: "en",
  messages: { validation: en.validation },
  namespace: "validation",
});
