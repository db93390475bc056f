import { z } from "zod";
import { RELATION_TYPES } from "@/lib/content/relation-types";
import { slugSchema } from "./entry";
import { key } from "./messages";
import { safeText } from "./safe-text";

export const relationInputSchema = z
  .object({
    fromSlug: slugSchema,
    toSlug: slugSchema,
    type: z.enum(RELATION_TYPES),
    note: safeText(z.string().trim().max(1000)).default(""),
    sourceKey: z.string().min(1).max(200).nullable().default(null),
  })
  .refine((r) => r.fromSlug !== r.toSlug, { message: key("notRelatedToSelf"), path: ["toSlug"] });

export type RelationInput = z.input<typeof relationInputSchema>;

/** One relation row of the entry editor, from the entry being edited to `target`. */
export const relationEditSchema = z.object({
  type: z.enum(RELATION_TYPES, { message: key("linkType") }),
  target: z.string().max(200).trim().min(1, key("linkTarget")).pipe(slugSchema),
  note: safeText(z.string().trim().max(1000, key("noteTooLong"))).default(""),
  source: z.preprocess((v) => (v === "" ? null : v), z.string().trim().min(1).max(200).nullable().default(null)),
});

export type RelationEditInput = z.input<typeof relationEditSchema>;
export type RelationEdit = z.output<typeof relationEditSchema>;
