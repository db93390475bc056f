import type { z } from "zod";
import { key } from "./messages";

/** C0 control characters but tab, line feed and carriage return, and DEL: NUL among them. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's whole purpose.
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
/** Bidi embeddings, overrides and isolates: they can make text read differently from what it says. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/;
/** A character that shows something: not white space, not a format or default-ignorable character (zero-width space, joiners, fillers). */
const VISIBLE = /[^\p{White_Space}\p{Cc}\p{Cf}\p{Z}\p{Default_Ignorable_Code_Point}\u2800\u3164\uFFA0\u115F\u1160]/u;

/**
 * The one check every free-text field people type (titles, texts, notes, captions, credits, names)
 * runs: no NUL or other control characters, no bidi overrides, and not only invisible characters.
 * Empty text passes; whether a field may be empty is its own schema's rule.
 */
export function checkText(value: string, ctx: z.RefinementCtx): void {
  if (CONTROL_CHARACTERS.test(value) || BIDI_CONTROLS.test(value)) {
    ctx.addIssue({ code: "custom", message: key("textControlCharacters"), input: value });
  } else if (value !== "" && !VISIBLE.test(value)) {
    ctx.addIssue({ code: "custom", message: key("textInvisibleOnly"), input: value });
  }
}

/** `schema` (a string schema with its trim and limits) with checkText added. */
export function safeText<Schema extends z.ZodString>(schema: Schema): Schema {
  return schema.superRefine(checkText) as Schema;
}
