import { z } from "zod";
import { RELATION_TYPES } from "@/lib/content/relation-types";

const datePart = z.object({
  edtf: z.string().max(64), // "2024-06-06", "2024-06", "1942/1943", "1943-06/1943-08" (season → months)
  precision: z.enum(["day", "month", "year"]), // as lib/dates DatePrecision; a range has its ends' precision
  text: z.string().max(200), // the words it came from ("On June 6, 2024", "летом 1943 года")
});
const place = z.object({
  name: z.string().max(200),
  lat: z.number(),
  lon: z.number(),
  entrySlug: z.string().max(200).nullable(), // when the place is an entry of the collection
  text: z.string().max(200),
  matchedName: z.string().max(200).optional(), // the text's name for it when not a current one ("Königsberg" for Kaliningrad)
});
export const articleAnalysisSchema = z.object({
  language: z.enum(["en", "ru"]),
  page: z.object({
    title: z.string().max(500).nullable(),
    publisher: z.string().max(200).nullable(),
    url: z.string().max(2000).nullable(),
    publishedEdtf: z.string().max(64).nullable(),
  }),
  items: z
    .array(
      z.object({
        key: z.string().max(100), // stable for the same item text: re-analysis gives the same key
        title: z.string().max(500),
        body: z.string().max(100_000), // the cleaned item text, for the curator to read and summarise
        images: z.array(z.string().max(2000)).max(100),
        date: datePart.nullable(),
        place: place.nullable(),
        event: z
          .object({
            // a proposed new event entry, or null when the item is not an event
            title: z.object({ en: z.string().max(500).nullable(), ru: z.string().max(500).nullable() }),
            date: datePart.nullable(),
            place: place.nullable(),
            existingSlug: z.string().max(200).nullable(), // an entry that already is this event (then nothing new is proposed)
          })
          .nullable(),
        links: z
          .array(
            z.object({
              key: z.string().max(100),
              from: z.union([z.object({ entrySlug: z.string().max(200) }), z.object({ proposedEvent: z.literal(true) })]),
              to: z.object({ entrySlug: z.string().max(200), title: z.string().max(500) }),
              relationType: z.union([z.enum(RELATION_TYPES), z.literal("mentions")]), // "mentions" → an ArticleMention, not a relation
              sentence: z.string().max(2000), // the sentence that justifies it (becomes the link's note)
              matched: z.string().max(200), // the words in the text that named the target
            }),
          )
          .max(500),
        agents: z
          .array(
            z.object({
              // people and organisations named
              key: z.string().max(100),
              name: z.string().max(300),
              kind: z.enum(["person", "organisation"]),
              entrySlug: z.string().max(200).nullable(),
              sentence: z.string().max(2000),
            }),
          )
          .max(200),
      }),
    )
    .max(200),
});

export type ArticleAnalysis = z.infer<typeof articleAnalysisSchema>;
