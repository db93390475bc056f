import { getTranslations } from "next-intl/server";
import { type JsonSchema, schemaAnchor } from "./openapi-types";
import { SchemaType } from "./schema-type";

/** A named data shape: its properties with their types, whether each is always there, and what it means. */
export async function SchemaSection({ name, schema }: { name: string; schema: JsonSchema }) {
  const t = await getTranslations("openData");
  const properties = Object.entries(schema.properties ?? {});
  return (
    <section className="api-schema" id={schemaAnchor(name)} aria-labelledby={`${schemaAnchor(name)}-heading`}>
      <h3 id={`${schemaAnchor(name)}-heading`}>
        <code>{name}</code>
      </h3>
      {schema.description ? (
        <p lang="en" className="api-description">
          {schema.description}
        </p>
      ) : null}
      {properties.length > 0 ? (
        <table className="api-table">
          <thead>
            <tr>
              <th scope="col">{t("property")}</th>
              <th scope="col">{t("type")}</th>
              <th scope="col">{t("required")}</th>
              <th scope="col">{t("description")}</th>
            </tr>
          </thead>
          <tbody>
            {properties.map(([property, value]) => (
              <tr key={property}>
                <th scope="row">
                  <code>{property}</code>
                </th>
                <td>
                  <SchemaType schema={value} shapes="" />
                </td>
                <td>{schema.required?.includes(property) ? t("yes") : t("no")}</td>
                <td lang="en" className="api-description">
                  {value.description}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p>
          <SchemaType schema={schema} shapes="" />
        </p>
      )}
    </section>
  );
}
