import { useTranslations } from "next-intl";
import { fieldLabelParts } from "@/lib/revisions/field-label";

/**
 * Names a revision's field as the editors label it ("Summary (English)", "Links: Part of",
 * "Sources: date", "Step 2: Narrative (English)"), in the page's language; a key no form knows is shown as it is.
 */
export function useFieldLabel(): (key: string) => string {
  const entry = useTranslations("entryEditor.fields");
  const article = useTranslations("articleEditor.fields");
  const links = useTranslations("relations");
  const sources = useTranslations("sourceFields");
  const tour = useTranslations("tourHistory");
  const stepTexts = useTranslations("tourEditor.steps.texts");
  const t = useTranslations("revisions.labels");
  const formLabel = (field: string): string | null => {
    for (const translate of [entry, article, tour]) if (translate.has(field as never)) return translate(field as never);
    return t.has(field as never) ? t(field as never) : null;
  };
  const languageName = (locale: string) => (t.has(`languages.${locale}` as never) ? t(`languages.${locale}` as never) : locale);
  return (key) => {
    const parts = fieldLabelParts(key);
    switch (parts.kind) {
      case "text":
        return `${formLabel(parts.field) ?? parts.field} (${languageName(parts.locale)})`;
      case "step":
        return tour(`step.${parts.change}`, { number: parts.number });
      case "stepText":
        return stepTexts.has(parts.field as never)
          ? tour("step.text", { number: parts.number, field: stepTexts(parts.field as "title", { language: languageName(parts.locale) }) })
          : key;
      case "link":
        return `${t("links")}: ${links.has(`${parts.type}.outgoing` as never) ? links(`${parts.type}.outgoing` as never) : parts.type}`;
      case "source":
        return `${t("sources")}: ${sources.has(parts.field as never) ? sources(parts.field as never) : parts.field}`;
      case "mention":
        return `${t("mention")}: ${parts.slug}`;
      case "field":
        return formLabel(parts.field) ?? key;
    }
  };
}
