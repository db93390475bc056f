import { z } from "zod";
import { ENTRY_KINDS } from "@/lib/content/entry-kinds";
import { ARTICLES_PER_ENTRY, RELATIONS_PER_GROUP } from "@/lib/content/entry-page-lists";
import { RELATION_TYPES } from "@/lib/content/relation-types";

/**
 * What the public API answers about entries, as zod schemas: the OpenAPI document is generated
 * from them, the routes' answers are typed by them, and the tests parse real answers with them.
 * `.meta({ id })` names each in the document's components.
 */
export const locationPrecisionSchema = z.enum(["exact", "approximate", "area"]).meta({
  id: "LocationPrecision",
  description: "exact; approximate (a nearby verified point); area (a region, shown at a representative point).",
});

export const entrySummarySchema = z
  .object({
    id: z.string(),
    slug: z.string(),
    kind: z.enum(ENTRY_KINDS),
    title: z.string(),
    titleLocale: z.string().meta({ description: "Language of `title`: another one when the entry has no text in the one asked for." }),
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    locationPrecision: locationPrecisionSchema,
    startTime: z.number().nullable().meta({ description: "First millisecond (Unix epoch, proleptic Gregorian, UTC) the date covers." }),
    endTime: z.number().nullable().meta({ description: "Last millisecond the date covers." }),
    dateLabel: z.string().nullable().meta({ description: 'The date in words, in the language asked for ("June 1942", "c. 1967").' }),
    isRange: z.boolean(),
  })
  .strict()
  .meta({ id: "EntrySummary", description: "What the map, the timeline and the list draw for one entry." });

export const entryListItemSchema = entrySummarySchema
  .extend({
    date: z.string().nullable().meta({ description: "EDTF (ISO 8601-2): 2024-06-06, 1942-01/1943-03, 1967~." }),
    countryCode: z.string().nullable().meta({ description: "ISO 3166-1 alpha-2." }),
    wikidataId: z.string().nullable(),
    url: z.url().meta({ description: "The entry's page on this site." }),
  })
  .strict()
  .meta({ id: "EntryListItem" });

export const noteTextSchema = z
  .object({
    text: z.string(),
    locale: z.string().meta({ description: "Language of `text`." }),
    isFallback: z.boolean().meta({ description: "True when the note has no text in the language asked for and this is another one." }),
  })
  .strict()
  .meta({
    id: "NoteText",
    description: "A note (why two entries are linked, what a source says) in the language asked for, or else another.",
  });

export const sourceLanguageField = z.string().nullable().meta({
  description: "Language of the source's title, a BCP 47 primary tag (en, ru, de…); null when not known.",
  example: "en",
});

// Not named in the document: zod-to-openapi makes a named component nullable everywhere when one use of it is.
const sourceRefSchema = z
  .object({
    key: z.string(),
    title: z.string(),
    url: z.string().nullable(),
    publisher: z.string().nullable(),
    accessedOn: z.string().nullable(),
    language: sourceLanguageField,
  })
  .strict()
  .meta({ description: "A source: a web page, a book, a news item." });

export const citedSourceSchema = sourceRefSchema
  .extend({
    fields: z.array(z.string()).meta({ description: "The facts of the record this source supports (title, date, coordinates, …)." }),
    notes: z.array(noteTextSchema).meta({ description: "What the source says for each fact it supports, where a note was written." }),
  })
  .strict()
  .meta({ id: "CitedSource" });

export const mediaSchema = z
  .object({
    id: z.string(),
    filePath: z.string().meta({ description: "Under /media/." }),
    thumbPath: z.string().nullable(),
    width: z.number().nullable(),
    height: z.number().nullable(),
    caption: z.string(),
    altText: z.string(),
    credit: z.string(),
    licence: z.string(),
    sourceUrl: z.string().nullable(),
  })
  .strict()
  .meta({ id: "Media" });

const datePointSchema = z
  .object({ year: z.number().int(), month: z.number().int().optional(), day: z.number().int().optional(), circa: z.boolean() })
  .strict()
  .meta({ id: "DatePoint", description: "Astronomical year (0 = 1 BC); month and day 1-based where known." });

export const entryDetailSchema = entrySummarySchema
  .extend({
    countryCode: z.string().nullable(),
    wikidataId: z.string().nullable(),
    date: z.object({ start: datePointSchema, end: datePointSchema.optional() }).strict().nullable(),
    edtf: z.string().nullable().meta({ description: "The date as EDTF." }),
    url: z.url().meta({ description: "The entry's page on this site." }),
    tags: z.array(z.string()).meta({ description: "Themes, as slugs." }),
    text: z
      .object({
        locale: z.string(),
        isFallback: z.boolean(),
        title: z.string(),
        aliases: z.string().meta({ description: "Other names, one per line." }),
        summary: z.string(),
        description: z.string(),
        placeName: z.string(),
        locationNote: z.string(),
        authors: z.string(),
        dimensions: z.string(),
      })
      .strict(),
    otherNames: z.array(z.object({ locale: z.string(), title: z.string() }).strict()),
    relations: z
      .array(
        z
          .object({
            type: z.enum(RELATION_TYPES),
            direction: z.enum(["outgoing", "incoming"]),
            note: noteTextSchema.nullable(),
            source: sourceRefSchema.nullable(),
            entry: entrySummarySchema,
          })
          .strict(),
      )
      .meta({
        description: `The first ${RELATIONS_PER_GROUP} links of each group (type and direction), the linked entries longest in the collection first; relationGroups counts every group, and /api/v1/relations?entry=<slug> lists them all.`,
      }),
    relationGroups: z.array(
      z
        .object({ type: z.enum(RELATION_TYPES), direction: z.enum(["outgoing", "incoming"]), total: z.number().int().min(1) })
        .strict()
        .meta({ description: "One kind of link as it reads from this entry, and how many published entries it links." }),
    ),
    articles: z
      .array(z.object({ slug: z.string(), title: z.string(), publisher: z.string().nullable(), dateLabel: z.string().nullable() }).strict())
      .meta({
        description: `The latest ${ARTICLES_PER_ENTRY} published articles about the entry; articleCount counts them all, and /api/v1/articles?entry=<slug> lists them.`,
      }),
    articleCount: z.number().int().min(0),
    media: z.array(mediaSchema),
    sources: z.array(citedSourceSchema),
    updatedAt: z.iso.datetime(),
  })
  .strict()
  .meta({ id: "EntryDetail", description: "One published entry with its texts, links, articles, images and sources." });

export type EntryListItem = z.infer<typeof entryListItemSchema>;
