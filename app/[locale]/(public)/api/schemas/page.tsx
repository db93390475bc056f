import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Document } from "@/components/open-data/api-reference/openapi-types";
import { SchemaReference } from "@/components/open-data/api-reference/schema-reference";
import { openApiDocument } from "@/lib/openapi/openapi-document";
import { languageAlternates } from "@/lib/site-url";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "openData" });
  return { title: t("schemas"), alternates: { canonical: `/${locale}/api/schemas`, languages: languageAlternates("/api/schemas") } };
}

/** The data shapes the public API answers with, drawn from the OpenAPI document. */
export default async function ApiSchemasPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  return <SchemaReference document={openApiDocument() as Document} />;
}
