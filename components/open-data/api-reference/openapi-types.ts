/** The parts of an OpenAPI 3.1 document the reference page reads (lib/openapi/openapi-document.ts writes it). */
export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  enum?: unknown[];
  const?: unknown;
  items?: JsonSchema;
  prefixItems?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  oneOf?: JsonSchema[];
  anyOf?: JsonSchema[];
  allOf?: JsonSchema[];
  additionalProperties?: boolean | JsonSchema;
  description?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
  maxLength?: number;
  format?: string;
}

export interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  description?: string;
  example?: unknown;
  schema?: JsonSchema;
}

export interface Response {
  description: string;
  content?: Record<string, { schema?: JsonSchema }>;
}

export interface Operation {
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: Parameter[];
  responses?: Record<string, Response>;
}

export interface Document {
  info: { title: string; description?: string };
  tags?: { name: string; description?: string }[];
  paths?: Record<string, { get?: Operation }>;
  components?: { schemas?: Record<string, JsonSchema> };
}

/** The id the page gives a named schema's section. */
export const schemaAnchor = (name: string) => `schema-${name}`;
export const refName = (ref: string) => ref.replace("#/components/schemas/", "");
