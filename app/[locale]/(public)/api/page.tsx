import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ApiReference } from "@/components/open-data/api-reference/api-reference";
import type { Document } from "@/components/open-data/api-reference/openapi-types";
import { openApiDocument } from "@/lib/openapi/openapi-document";
import { languageAlternates } from "@/lib/site-url";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "openData" });
  return {
    title: t("apiTitle"),
    description: t("apiIntro"),
    alternates: { canonical: `/${locale}/api`, languages: languageAlternates("/api") },
  };
}

/** The public API's routes, drawn from the OpenAPI document the API serves. */
export default async function ApiReferencePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <ApiReference document={openApiDocument() as Document} locale={locale} />;
}
