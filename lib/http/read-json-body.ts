import type { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { invalidRequest } from "@/lib/errors/invalid-request";

/**
 * A JSON request body checked by `schema`; AppError INVALID_REQUEST (400) when it is not JSON or fails
 * the schema, its issues named by `rename` (default: the dotted path in the body).
 */
export async function readJsonBody<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
  rename?: (path: PropertyKey[]) => string,
): Promise<z.output<Schema>> {
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    throw new AppError("INVALID_REQUEST", "The request body is not valid JSON.", { where: "body" });
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw invalidRequest(parsed.error, "body", rename);
  return parsed.data;
}

/** The URL's query parameters checked by `schema`; AppError INVALID_REQUEST (400) naming them when they fail. */
export function readQuery<Schema extends z.ZodType>(request: Request, schema: Schema): z.output<Schema> {
  const parsed = schema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) throw invalidRequest(parsed.error, "query");
  return parsed.data;
}
