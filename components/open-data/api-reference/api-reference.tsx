import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { Document } from "./openapi-types";
import { OperationSection } from "./operation-section";
import "../open-data.css";

/**
 * The OpenAPI document's routes as a page of our own: drawn on the server, nothing fetched, no
 * script. The data shapes have a page of their own (SchemaReference), which keeps each page small.
 */
export async function ApiReference({ document, locale }: { document: Document; locale: string }) {
  const t = await getTranslations("openData");
  const operations = Object.entries(document.paths ?? {}).flatMap(([path, item]) => (item.get ? [{ path, operation: item.get }] : []));
  const firstWithParameters = new Map<string, string>();
  const tags = document.tags ?? [];
  const shapes = `/${locale}/api/schemas`;
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
            <Link href="/api/schemas">{t("schemas")}</Link>
          </li>
        </ul>
      </nav>
      {tags.map((tag) => (
        <section key={tag.name} aria-labelledby={`tag-${tag.name}`}>
          <h2 id={`tag-${tag.name}`}>{tag.name}</h2>
          {tag.description ? <p lang="en">{tag.description}</p> : null}
          {operations
            .filter(({ operation }) => operation.tags?.includes(tag.name))
            .map(({ path, operation }) => {
              const key = JSON.stringify(operation.parameters ?? []);
              const sameAs = firstWithParameters.get(key);
              if (!sameAs && operation.parameters?.length) firstWithParameters.set(key, path);
              return <OperationSection key={path} path={path} operation={operation} shapes={shapes} sameParametersAs={sameAs} />;
            })}
        </section>
      ))}
    </article>
  );
}
