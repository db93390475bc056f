import { z } from "zod";

export interface ParameterDoc {
  description: string;
  /** Examples are chosen so that a route called with all of them answers something (tests/e2e/open-data-api.test.ts does). */
  example?: string;
}

/**
 * The query parameters a route documents: the fields of the schema the route parses with (the same
 * zod instances, so the types, limits and enums cannot drift), each with its description and example.
 */
export function documentedQuery<Shape extends Record<string, z.ZodType>>(
  shape: Shape,
  docs: { [K in keyof Shape]?: ParameterDoc },
  names: readonly (keyof Shape & string)[],
) {
  return z.object(Object.fromEntries(names.map((name) => [name, docs[name] ? shape[name]!.meta({ param: docs[name] }) : shape[name]!])));
}
