import { getTranslations } from "next-intl/server";
import type { Operation } from "./openapi-types";
import { SchemaType } from "./schema-type";

/** The address a GET with every documented example goes to: the page's "Try it" link. */
function exampleHref(path: string, operation: Operation): string | null {
  const query = new URLSearchParams();
  let resolved = path;
  for (const parameter of operation.parameters ?? []) {
    if (parameter.example === undefined) continue;
    if (parameter.in === "path") resolved = resolved.replace(`{${parameter.name}}`, encodeURIComponent(String(parameter.example)));
    if (parameter.in === "query") query.set(parameter.name, String(parameter.example));
  }
  if (resolved.includes("{")) return null;
  return query.size ? `${resolved}?${query}` : resolved;
}

export const operationAnchor = (path: string) => `op-${path.replace(/[^a-z0-9]+/gi, "-")}`;

/**
 * One route: what it is for, its parameters and its answers. A route whose parameters are those of
 * one above (`sameParametersAs`) points there instead of repeating the table.
 */
export async function OperationSection({
  path,
  operation,
  shapes,
  sameParametersAs,
}: {
  path: string;
  operation: Operation;
  shapes: string;
  sameParametersAs?: string;
}) {
  const t = await getTranslations("openData");
  const href = exampleHref(path, operation);
  const parameters = operation.parameters ?? [];
  return (
    <section className="api-operation" aria-labelledby={operationAnchor(path)}>
      <h3 id={operationAnchor(path)}>
        <code>GET {path}</code>
      </h3>
      <p lang="en">{operation.summary}</p>
      {operation.description ? (
        <p lang="en" className="api-description">
          {operation.description}
        </p>
      ) : null}
      {href ? (
        <p>
          {t("tryIt")}: <a href={href}>{href}</a>
        </p>
      ) : null}
      {sameParametersAs ? (
        <p>
          {t("parameters")}: {t("sameAs")} <a href={`#${operationAnchor(sameParametersAs)}`}>GET {sameParametersAs}</a>
        </p>
      ) : parameters.length > 0 ? (
        <table className="api-table">
          <caption className="sr-only">{t("parameters")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("parameter")}</th>
              <th scope="col">{t("where")}</th>
              <th scope="col">{t("type")}</th>
              <th scope="col">{t("description")}</th>
              <th scope="col">{t("example")}</th>
            </tr>
          </thead>
          <tbody>
            {parameters.map((parameter) => (
              <tr key={`${parameter.in}-${parameter.name}`}>
                <th scope="row">
                  <code>{parameter.name}</code>
                  {parameter.required ? ` (${t("required").toLowerCase()})` : ""}
                </th>
                <td>{parameter.in}</td>
                <td>
                  <SchemaType schema={parameter.schema} shapes={shapes} />
                </td>
                <td lang="en">{parameter.description}</td>
                <td>{parameter.example === undefined ? "" : <code>{String(parameter.example)}</code>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <table className="api-table">
        <caption className="sr-only">{t("responses")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("status")}</th>
            <th scope="col">{t("description")}</th>
            <th scope="col">{t("body")}</th>
          </tr>
        </thead>
        <tbody>
          {Object.entries(operation.responses ?? {}).map(([status, response]) => (
            <tr key={status}>
              <th scope="row">{status}</th>
              <td lang="en">{response.description}</td>
              <td>
                {Object.entries(response.content ?? {}).map(([type, body]) => (
                  <div key={type}>
                    <code>{type}</code>: <SchemaType schema={body.schema} shapes={shapes} />
                  </div>
                ))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
