import { z } from "zod";
import { ENTRY_KINDS } from "@/lib/content/entry-kinds";
import { CONTENT_LOCALES } from "@/lib/content/locales";
import { key } from "./messages";

export const ENTRY_OPTIONS_LIMIT = 10;
export const ENTRY_OPTIONS_MAX = 50;

/** The query of the entry pickers' endpoints: what was typed, and which entries may be offered. */
export const entryOptionsQuerySchema = z.object({
  q: z.string().trim().min(1, key("searchEmpty")).max(200),
  locale: z.enum(CONTENT_LOCALES).default("en"),
  kind: z.enum(ENTRY_KINDS).optional(),
  limit: z.coerce.number().int().min(1).max(ENTRY_OPTIONS_MAX).default(ENTRY_OPTIONS_LIMIT),
});
