import type { LocalizedNote } from "@/lib/content/localized-note";
import type { CitationField } from "@/lib/validation/source";

/** The day every source of the reference collection was last checked. */
export const CHECKED_ON = "2026-12-06";

/** A relation, citation, mention or source note, English first, then Russian: the two say the same thing. */
export function both(en: string, ru: string): LocalizedNote {
  return { en, ru };
}

/** One citation of a source for each of the given fields. */
export function cite(sourceKey: string, ...fields: CitationField[]): { sourceKey: string; field: CitationField }[] {
  return fields.map((field) => ({ sourceKey, field }));
}
