import type { PublicationStatus } from "@/lib/content/entry-kinds";
import { CONTENT_LOCALES } from "@/lib/content/locales";
import type { EntryInput } from "@/lib/validation/entry";
import type { EntryEditInput } from "@/lib/validation/entry-edit";
import type { RelationInput } from "@/lib/validation/relation";

/** One entry for the write path (createEntries): the editor's fields, its status, and a loader's own id if it has one. */
export interface NewEntry {
  /** The fields as the editor and the API send them, checked by entryEditSchema like theirs. */
  entry: EntryEditInput;
  /** Draft unless given; anything else needs a curator (or no one: the seed and bulk loaders). */
  status?: PublicationStatus;
  /** A bulk loader's deterministic id; otherwise one is made. */
  id?: string;
  /** The importer's stable id for the row it came from (Entry.externalId, unique where set). */
  externalId?: string | null;
  /** Themes it belongs to, by the slug of a Tag that exists. */
  tags?: readonly string[];
}

/**
 * An entry in the shape the seed, the synthetic generator and test fixtures write (typed values,
 * sources by key, links listed apart as RelationInput) as one for the write path. The links given
 * are those whose `fromSlug` is this entry.
 */
export function newEntryFromInput(input: EntryInput, links: readonly RelationInput[] = []): NewEntry {
  return {
    status: input.status,
    entry: {
      slug: input.slug,
      kind: input.kind,
      latitude: input.latitude ?? null,
      longitude: input.longitude ?? null,
      locationPrecision: input.locationPrecision,
      countryCode: input.countryCode ?? null,
      wikidataId: input.wikidataId ?? null,
      date: input.date ?? null,
      translations: Object.fromEntries(
        CONTENT_LOCALES.map((locale) => [locale, input.translations[locale] ?? {}]),
      ) as EntryEditInput["translations"],
      relations: links.map((link) => ({ type: link.type, target: link.toSlug, note: link.note, source: link.sourceKey })),
      citations: (input.citations ?? []).map((c) => ({ source: c.sourceKey, field: c.field, note: c.note })),
    },
  };
}
