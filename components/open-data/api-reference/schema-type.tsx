import type { ReactNode } from "react";
import { type JsonSchema, refName, schemaAnchor } from "./openapi-types";

function join(parts: ReactNode[], separator: string): ReactNode[] {
  return parts.flatMap((part, index) => (index === 0 ? [part] : [separator, part]));
}

/**
 * A schema in a few words: a named shape as a link to its section on the data shapes page (`shapes`,
 * empty on that page itself), "string | null", "array of …", the allowed values.
 */
export function SchemaType({ schema, shapes }: { schema: JsonSchema | undefined; shapes: string }): ReactNode {
  if (!schema) return "any";
  if (schema.$ref) {
    const name = refName(schema.$ref);
    return <a href={`${shapes}#${schemaAnchor(name)}`}>{name}</a>;
  }
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants)
    return join(
      variants.map((variant, index) => <SchemaType key={String(index)} schema={variant} shapes={shapes} />),
      " | ",
    );
  if (schema.enum)
    return join(
      schema.enum.map((value) => <code key={String(value)}>{JSON.stringify(value)}</code>),
      " | ",
    );
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  return join(
    types.map((type) => {
      if (type === "array" && schema.prefixItems) return `[${schema.prefixItems.map((item) => item.type).join(", ")}]`;
      if (type === "array")
        return (
          <span key={type}>
            array of <SchemaType schema={schema.items} shapes={shapes} />
          </span>
        );
      return <span key={type}>{schema.format ? `${type} (${schema.format})` : type}</span>;
    }),
    " | ",
  );
}
