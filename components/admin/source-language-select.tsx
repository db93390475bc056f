"use client";

import { useLocale, useTranslations } from "next-intl";
import { SOURCE_LANGUAGES } from "@/lib/validation/source-language";
import { FieldError, fieldDescription } from "./field-error";

export interface SourceLanguageSelectProps {
  name: string;
  /** A primary language tag, or "" for not known. */
  value: string;
  onChange: (language: string) => void;
  errors: Record<string, string>;
}

/**
 * "Language of the title" for a source: the common languages named in the staff member's own
 * language, and "not known". A language outside the list that a source already has stays offered.
 */
export function SourceLanguageSelect({ name, value, onChange, errors }: SourceLanguageSelectProps) {
  const t = useTranslations("entryEditor.sources");
  const locale = useLocale();
  const names = new Intl.DisplayNames([locale], { type: "language" });
  const label = (tag: string) => {
    const text = names.of(tag) ?? tag;
    return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
  };
  const languages: readonly string[] =
    value && !SOURCE_LANGUAGES.some((l) => l === value) ? [...SOURCE_LANGUAGES, value] : SOURCE_LANGUAGES;
  return (
    <div className="field">
      <label htmlFor={name}>{t("language")}</label>
      <select id={name} name={name} value={value} onChange={(e) => onChange(e.target.value)} {...fieldDescription(name, errors)}>
        <option value="">{t("languageUnknown")}</option>
        {languages.map((language) => (
          <option key={language} value={language}>
            {label(language)}
          </option>
        ))}
      </select>
      <FieldError name={name} errors={errors} />
    </div>
  );
}
