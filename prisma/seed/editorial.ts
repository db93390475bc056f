import type { CitationField } from "@/lib/validation/source";

/** The day every source of the reference collection was last checked. */
export const CHECKED_ON = "2026-12-06";

/**
 * Relation, citation, mention and source notes have a single text field in the model, so the
 * reference collection writes them in both languages at once: "English / Русский".
 */
export function both(en: string, ru: string): string {
  return `${en} / ${ru}`;
}

/** One citation of a source for each of the given fields. */
export function cite(sourceKey: string, ...fields: CitationField[]): { sourceKey: string; field: CitationField }[] {
  return fields.map((field) => ({ sourceKey, field }));
}
