import type { z } from "zod";
import { AppError } from "@/lib/errors/app-error";
import { invalidRequest } from "@/lib/errors/invalid-request";
import { readLimitedBody } from "./read-limited-body";

/**
 * The largest JSON body the admin API reads: room for an article's two 500,000-character bodies
 * (lib/validation/article*.ts) in UTF-8 with JSON's escapes, and no more, so a huge body is refused
 * before it is parsed.
 */
export const MAX_JSON_BODY_BYTES = 4 * 1024 * 1024;

/** Half of a surrogate pair on its own: JSON can escape one ("\ud800"), but it is not Unicode text and cannot be stored. */
const LONE_SURROGATE = /\p{Cs}/u;

class NotUnicodeText extends Error {}

/** JSON.parse's reviver: refuses any key or string value holding a lone surrogate. */
function wellFormedText(key: string, value: unknown): unknown {
  if (LONE_SURROGATE.test(key) || (typeof value === "string" && LONE_SURROGATE.test(value))) throw new NotUnicodeText();
  return value;
}

/** application/json, or a JSON type such as application/problem+json, with or without a charset. */
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/**
 * A JSON request body checked by `schema`. Refused, as AppErrors, when it is not sent as JSON
 * (UNSUPPORTED_MEDIA_TYPE, 415: a cross-site form can send text/plain, never application/json), when
 * it is larger than MAX_JSON_BODY_BYTES (TOO_LARGE, 413), or when it is not JSON, holds a lone surrogate, or fails the schema
 * (INVALID_REQUEST, 400, its issues named by `rename`, default: the dotted path in the body).
 */
export async function readJsonBody<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
  rename?: (path: PropertyKey[]) => string,
): Promise<z.output<Schema>> {
  if (!JSON_TYPE.test(request.headers.get("content-type") ?? "")) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the request body as JSON, with Content-Type: application/json.");
  }
  const bytes = await readLimitedBody(request, MAX_JSON_BODY_BYTES);
  if (!bytes) {
    throw new AppError("TOO_LARGE", `The request body is larger than ${MAX_JSON_BODY_BYTES / 1024 / 1024} MB.`, { where: "body" });
  }
  let body: unknown;
  try {
    body = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes), wellFormedText);
  } catch (error) {
    if (error instanceof NotUnicodeText) {
      throw new AppError(
        "INVALID_REQUEST",
        "The request body holds a string that is not valid Unicode text (a lone surrogate escape such as \\ud800).",
        {
          where: "body",
        },
      );
    }
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
