import { z } from "zod";
import { ENTRY_KINDS, PUBLICATION_STATUSES } from "@/lib/content/entry-kinds";

/** What GET /api/v1/entry-options answers (lib/data/search/search-entry-options.ts), for the document; a test parses real answers with it. */
export const entryOptionsSchema = z
  .array(
    z
      .object({
        slug: z.string(),
        title: z.string(),
        titleLocale: z.string().meta({ description: "Language of `title`: another one when the entry has no text in the one asked for." }),
        kind: z.enum(ENTRY_KINDS),
        status: z.enum(PUBLICATION_STATUSES).meta({ description: "Always published here." }),
      })
      .strict(),
  )
  .meta({ id: "EntryOptions", description: "Entries matching what was typed, best first." });
