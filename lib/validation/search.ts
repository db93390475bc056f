import { z } from "zod";
import { CONTENT_LOCALES } from "@/lib/content/locales";
import { key } from "./messages";

export const searchQuerySchema = z.object({
  q: z.string().trim().min(1, key("searchEmpty")).max(200),
  locale: z.enum(CONTENT_LOCALES).default("en"),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
