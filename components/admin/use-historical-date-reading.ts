"use client";

import { useLocale } from "next-intl";
import { useMemo } from "react";
import { DateInputError, formatHistoricalDate, parseHistoricalDate } from "@/lib/dates";

/** How a typed historical date will read on the public pages, or why it cannot be read; null while empty. */
export function useHistoricalDateReading(text: string): { label: string } | { error: string } | null {
  const locale = useLocale();
  return useMemo(() => {
    if (!text.trim()) return null;
    try {
      return { label: formatHistoricalDate(parseHistoricalDate(text), locale) };
    } catch (error) {
      // Anything but a reading error is left to the server's check rather than breaking the form mid-typing.
      return error instanceof DateInputError ? { error: error.message } : null;
    }
  }, [text, locale]);
}
