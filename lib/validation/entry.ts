import { z } from "zod";
import type { EntryKind, PublicationStatus } from "@/lib/content/entry-kinds";
import type { ContentLocale } from "@/lib/content/locales";
import { DateInputError, parseHistoricalDate } from "@/lib/dates";
import { MAX_DATE_INPUT_LENGTH } from "@/lib/dates/edtf";
import { key } from "./messages";
import { safeText } from "./safe-text";
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

/**
 * The longest date text read at all: room for spaces around a date, so the parser can refuse a date
 * that is too long (past MAX_DATE_INPUT_LENGTH) in its own words; anything longer is not looked at.
 */
export const MAX_DATE_TEXT_LENGTH = MAX_DATE_INPUT_LENGTH * 4;

/** An EDTF date as typed in a form; checked by the same parser that stores it. */
export const historicalDateTextSchema = z
  .string()
  .max(MAX_DATE_TEXT_LENGTH)
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

export const citationInputSchema = z.object({
  sourceKey: z.string().min(1).max(200),
  field: z.enum(CITATION_FIELDS),
  note: safeText(z.string().trim().max(1000)).default(""),
});

/**
 * An entry as the seed, the synthetic generator and test fixtures write it: typed values, sources by
 * key. It is not a second schema: newEntryFromInput (lib/data/entries/new-entry.ts) turns it into
 * the editor's fields, which the write path checks with entryEditSchema like every other entry.
 */
export interface EntryInput {
  slug: string;
  kind: EntryKind;
  status?: PublicationStatus;
  latitude?: number | null;
  longitude?: number | null;
  locationPrecision?: "exact" | "approximate" | "area";
  countryCode?: string | null;
  wikidataId?: string | null;
  date?: string | null;
  translations: Partial<Record<ContentLocale, EntryTextInput>>;
  citations?: z.input<typeof citationInputSchema>[];
}

export interface EntryTextInput {
  title: string;
  aliases?: string[];
  summary?: string;
  description?: string;
  placeName?: string;
  locationNote?: string;
  authors?: string;
  dimensions?: string;
}
