"use client";

import { useTranslations } from "next-intl";
import type { ValidationTranslate } from "./messages";

/** The translator forms hand to the field-error helpers, so the browser's checks speak the page's language. */
export function useValidationText(): ValidationTranslate {
  return useTranslations("validation");
}
