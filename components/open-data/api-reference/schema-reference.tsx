import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Document } from "./openapi-types";
import { SchemaSection } from "./schema-section";
import "../open-data.css";

/** The OpenAPI document's named data shapes, each with its properties. */
export async function SchemaReference({ document }: { document: Document }) {
  const t = await getTranslations("openData");
  return (
    <article className="api-reference">
      <h1>{t("schemas")}</h1>
      <p>
        <Link href="/api">{t("apiTitle")}</Link> · <a href="/api/v1/openapi.json">{t("document")}</a>. {t("documentNote")}
      </p>
      {Object.entries(document.components?.schemas ?? {}).map(([name, schema]) => (
        <SchemaSection key={name} name={name} schema={schema} />
      ))}
    </article>
  );
}
