import { z } from "zod";
import { entrySummarySchema } from "./entry-schemas";

/** What GET /api/v1/search answers (lib/data/search/search-collection.ts), for the document; a test parses real answers with it. */
const snippetSchema = z
  .array(z.object({ text: z.string(), match: z.boolean() }).strict())
  .nullable()
  .meta({ description: "A passage around the first match, in parts; `match` parts are the words found." });

export const searchResultsSchema = z
  .object({
    query: z.string(),
    entries: z.array(
      entrySummarySchema
        .extend({
          snippet: snippetSchema,
          placeName: z.string().nullable().meta({ description: "Where it is, in the reader's language, when the entry names a place." }),
          thumbnail: z
            .object({ url: z.string(), width: z.number().int(), height: z.number().int(), alt: z.string() })
            .strict()
            .optional()
            .meta({ description: "The thumbnail of the entry's first image, with its size and text; only when it has one." }),
        })
        .strict(),
    ),
    articles: z.array(
      z
        .object({ slug: z.string(), title: z.string(), titleLocale: z.string(), publisher: z.string().nullable(), snippet: snippetSchema })
        .strict(),
    ),
  })
  .strict()
  .meta({ id: "SearchResults" });
