import { z } from "zod";
import { localizedNoteSchema } from "./localized-note";
import { key } from "./messages";
import { safeText } from "./safe-text";
import { sourceLanguageSchema } from "./source-language";

/** The facts of an entry a citation can support: the same list the public page labels (messages "sourceFields"). */
export const CITATION_FIELDS = ["title", "date", "coordinates", "place", "authors", "dimensions", "description", "status", "text"] as const;
export type CitationField = (typeof CITATION_FIELDS)[number];

export const sourceInputSchema = z.object({
  key: z.string().trim().min(1).max(200),
  title: safeText(z.string().trim().min(1, key("sourceTitle")).max(500)),
  /** The language of the title, which pages mark where it is not theirs. */
  language: sourceLanguageSchema,
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullable()
    .default(null),
  publisher: safeText(z.string().trim().max(300)).nullable().default(null),
  accessedOn: z.iso.date().max(10).nullable().default(null),
  note: localizedNoteSchema(2000),
});

export type SourceInput = z.input<typeof sourceInputSchema>;

/** Form fields send "" for "not given". */
const blankAsNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

/** A source typed into the entry editor; its key is made when it is saved. */
export const newSourceSchema = z.object({
  title: safeText(z.string().trim().min(1, key("newSourceTitle")).max(500)),
  language: z.preprocess(blankAsNull, sourceLanguageSchema),
  url: z.preprocess(
    blankAsNull,
    z
      .url({ protocol: /^https?$/, message: key("webAddress") })
      .max(2000)
      .nullable()
      .default(null),
  ),
  publisher: z.preprocess(blankAsNull, safeText(z.string().trim().max(300)).nullable().default(null)),
  accessedOn: z.preprocess(
    blankAsNull,
    z.iso
      .date({ message: key("isoDate") })
      .max(10, key("isoDate"))
      .nullable()
      .default(null),
  ),
});

/** One citation row of the entry editor: an existing source by key, or a new one, and the field it supports. */
export const citationEditSchema = z
  .object({
    source: z.preprocess(blankAsNull, z.string().trim().min(1).max(200).nullable().default(null)),
    newSource: newSourceSchema.nullable().default(null),
    field: z.enum(CITATION_FIELDS, { message: key("citationField") }),
    note: localizedNoteSchema(1000, true),
  })
  .refine((c) => (c.source === null) !== (c.newSource === null), { message: key("citationSource"), path: ["source"] });

export type CitationEditInput = z.input<typeof citationEditSchema>;
export type CitationEdit = z.output<typeof citationEditSchema>;

/** A recorded source as its edit form and the staff API send it: the new-source fields, and what the source is (notes). */
export const sourceEditSchema = newSourceSchema.extend({ note: localizedNoteSchema(2000, true) });

export type SourceEditInput = z.input<typeof sourceEditSchema>;

export const SOURCE_OPTIONS_LIMIT = 20;
export const SOURCE_OPTIONS_MAX = 50;

/** The query of the citation picker's endpoint: what was typed (part of a title, publisher or address, or a key). */
export const sourceOptionsQuerySchema = z.object({
  q: z.string().trim().min(1, key("searchEmpty")).max(200),
  limit: z.coerce.number().int().min(1).max(SOURCE_OPTIONS_MAX).default(SOURCE_OPTIONS_LIMIT),
});
