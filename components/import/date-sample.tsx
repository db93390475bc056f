"use client";

import { useLocale, useTranslations } from "next-intl";
import { DateInputError, formatHistoricalDate, parseHistoricalDate } from "@/lib/dates";
import { readSpreadsheetDate } from "@/lib/import/spreadsheet-date";
import { useValidationText } from "@/lib/validation/use-validation-text";

/**
 * A sample of the column chosen as the date, as the import will read it: the date it becomes, in the
 * page's language, or why its row will be refused, so a register's way of writing dates is checked
 * before the file is sent.
 */
export function DateSample({ value }: { value: string }) {
  const locale = useLocale();
  const reasons = useTranslations("imports.reasons");
  const validation = useValidationText();
  const read = readSpreadsheetDate(value);
  if ("refused" in read) return <span className="field-error">{reasons(read.refused.key, read.refused.params)}</span>;
  if (read.edtf === null) return null;
  try {
    return <span className="date-sample-read">→ {formatHistoricalDate(parseHistoricalDate(read.edtf), locale)}</span>;
  } catch (error) {
    // Text of EDTF's own signs that is no date the site keeps ("1967?"): the editor's reason for it.
    const reason = error instanceof DateInputError ? error.message : read.edtf;
    return <span className="field-error">{validation("dateNotReadable", { reason })}</span>;
  }
}
