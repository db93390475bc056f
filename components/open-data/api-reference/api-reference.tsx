import { getTranslations } from "next-intl/server";
import type { Document } from "./openapi-types";
import { OperationSection } from "./operation-section";
import { SchemaSection } from "./schema-section";
import "../open-data.css";

/** The OpenAPI document as a page of our own: drawn on the server, nothing fetched, no script. */
export async function ApiReference({ document }: { document: Document }) {
  const t = await getTranslations("openData");
  const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) => (item.get ? [{ path, operation: item.get }] : []));
  const tags = document.tags ?? [];
  return (
    <article className="api-reference">
      <h1>{t("apiTitle")}</h1>
      <p>{t("apiIntro")}</p>
      <p>
        <a href="/api/v1/openapi.json">{t("document")}</a> (<code>/api/v1/openapi.json</code>). {t("documentNote")}
      </p>
      <p lang="en">{document.info.description}</p>
      <nav aria-labelledby="api-contents">
        <h2 id="api-contents">{t("contents")}</h2>
        <ul>
          {tags.map((tag) => (
            <li key={tag.name}>
              <a href={`#tag-${tag.name}`}>{tag.name}</a>
            </li>
          ))}
          <li>
            <a href="#api-schemas">{t("schemas")}</a>
          </li>
        </ul>
      </nav>
      {tags.map((tag) => (
        <section key={tag.name} aria-labelledby={`tag-${tag.name}`}>
          <h2 id={`tag-${tag.name}`}>{tag.name}</h2>
          {tag.description ? <p lang="en">{tag.description}</p> : null}
          {operations
            .filter(({ operation }) => operation.tags?.includes(tag.name))
            .map(({ path, operation }) => (
              <OperationSection key={path} path={path} operation={operation} />
            ))}
        </section>
      ))}
      <section aria-labelledby="api-schemas">
        <h2 id="api-schemas">{t("schemas")}</h2>
        {Object.entries(document.components?.schemas ?? {}).map(([name, schema]) => (
          <SchemaSection key={name} name={name} schema={schema} />
        ))}
      </section>
    </article>
  );
}
