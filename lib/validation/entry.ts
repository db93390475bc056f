import { z } from "zod";
import { ENTRY_KINDS, PUBLICATION_STATUSES } from "@/lib/content/entry-kinds";
import { CONTENT_LOCALES } from "@/lib/content/locales";
import { DateInputError, parseHistoricalDate } from "@/lib/dates";
import { key } from "./messages";
import { CITATION_FIELDS } from "./source";

const RESERVED_SLUGS = ["new", "deleted"];

export const slugSchema = z
  .string()
  .trim()
  .min(2, key("slugTooShort"))
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, key("slugFormat"))
  // The staff pages /admin/entries/new, /admin/entries/deleted and /admin/articles/new would hide a record with these slugs.
  .refine((slug) => !RESERVED_SLUGS.includes(slug), { message: key("slugReserved"), params: { slugs: "new, deleted" } });

/** An EDTF date as typed in a form; checked by the same parser that stores it. */
export const historicalDateTextSchema = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    try {
      parseHistoricalDate(value);
    } catch (error) {
      // The parser explains in English what it could not read; the API keeps that, a form shows its own language.
      ctx.addIssue({
        code: "custom",
        message: key("dateNotReadable"),
        params: { reason: error instanceof DateInputError ? error.message : "Not a valid date" },
      });
    }
  });

export const entryTranslationSchema = z.object({
  title: z.string().trim().min(1, key("titleRequired")).max(300),
  aliases: z.array(z.string().trim().min(1).max(300)).max(50).default([]),
  summary: z.string().trim().max(1000).default(""),
  description: z.string().trim().max(20000).default(""),
  placeName: z.string().trim().max(300).default(""),
  locationNote: z.string().trim().max(1000).default(""),
  authors: z.string().trim().max(1000).default(""),
  dimensions: z.string().trim().max(1000).default(""),
});

export const citationInputSchema = z.object({
  sourceKey: z.string().min(1),
  field: z.enum(CITATION_FIELDS),
  note: z.string().trim().max(1000).default(""),
});

export const entryInputSchema = z
  .object({
    slug: slugSchema,
    kind: z.enum(ENTRY_KINDS),
    status: z.enum(PUBLICATION_STATUSES).default("draft"),
    latitude: z.number().min(-90).max(90).nullable().default(null),
    longitude: z.number().min(-180).max(180).nullable().default(null),
    locationPrecision: z.enum(["exact", "approximate", "area"]).default("exact"),
    countryCode: z
      .string()
      .regex(/^[A-Z]{2}$/, key("countryCode"))
      .nullable()
      .default(null),
    wikidataId: z
      .string()
      .regex(/^Q\d+$/, key("wikidataId"))
      .nullable()
      .default(null),
    date: historicalDateTextSchema.nullable().default(null),
    translations: z
      .partialRecord(z.enum(CONTENT_LOCALES), entryTranslationSchema)
      .refine((t) => Object.keys(t).length > 0, key("textInOneLanguage")),
    citations: z.array(citationInputSchema).default([]),
  })
  .refine((e) => (e.latitude === null) === (e.longitude === null), {
    message: key("coordinatesBoth"),
    path: ["latitude"],
  });

export type EntryInput = z.input<typeof entryInputSchema>;
export type ValidEntryInput = z.output<typeof entryInputSchema>;
