import { z } from "zod";
import { RELATION_TYPES } from "@/lib/content/relation-types";
import { slugSchema } from "./entry";

export const relationInputSchema = z
  .object({
    fromSlug: slugSchema,
    toSlug: slugSchema,
    type: z.enum(RELATION_TYPES),
    note: z.string().trim().max(1000).default(""),
    sourceKey: z.string().min(1).nullable().default(null),
  })
  .refine((r) => r.fromSlug !== r.toSlug, { message: "An entry cannot be related to itself", path: ["toSlug"] });

export type RelationInput = z.input<typeof relationInputSchema>;
