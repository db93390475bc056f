import { z } from "zod";
import { ENTRY_KINDS } from "@/lib/content/entry-kinds";
import { RELATION_TYPES } from "@/lib/content/relation-types";
import { noteTextSchema, sourceLanguageField } from "./entry-schemas";

const relationEndSchema = z
  .object({
    slug: z.string(),
    kind: z.enum(ENTRY_KINDS),
    title: z.string(),
    titleLocale: z.string(),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
  })
  .strict()
  .meta({ id: "RelationEnd" });

export const relationSchema = z
  .object({
    id: z.string(),
    type: z.enum(RELATION_TYPES).meta({
      description: "comparable_to and related_to read the same both ways (stored once); the others read from `from` to `to`.",
    }),
    from: relationEndSchema,
    to: relationEndSchema,
    note: noteTextSchema
      .nullable()
      .meta({ description: "Why the two are linked, in the language asked for or else another; null when there is no note." }),
    source: z
      .object({
        title: z.string(),
        url: z.string().nullable(),
        publisher: z.string().nullable(),
        accessedOn: z.string().nullable(),
        language: sourceLanguageField,
      })
      .strict()
      .nullable(),
  })
  .strict()
  .meta({ id: "Relation", description: "A typed link between two published entries." });

export type Relation = z.infer<typeof relationSchema>;
