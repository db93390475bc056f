import { CONTENT_LOCALES } from "@/lib/content/locales";
import type { EntryForEditing } from "@/lib/data/entries/get-entry-for-editing";
import type { EntryFormValues } from "@/lib/validation/entry-form";
import { ENTRY_TEXT_FIELDS } from "@/lib/validation/entry-form";

const NO_NEW_SOURCE = { title: "", url: "", publisher: "", accessedOn: "" };

/** The form's starting values: empty for a new entry, else the saved entry. */
export function entryFormValues(entry: EntryForEditing | null): EntryFormValues {
  if (!entry)
    return { entryId: "", expectedVersion: "", fields: { kind: "memorial", locationPrecision: "exact" }, relations: [], citations: [] };
  const { snapshot } = entry;
  const fields: Record<string, string> = {
    slug: snapshot.slug,
    kind: snapshot.kind,
    latitude: snapshot.latitude === null ? "" : String(snapshot.latitude),
    longitude: snapshot.longitude === null ? "" : String(snapshot.longitude),
    locationPrecision: snapshot.locationPrecision,
    countryCode: snapshot.countryCode ?? "",
    wikidataId: snapshot.wikidataId ?? "",
    date: snapshot.date ?? "",
  };
  for (const locale of CONTENT_LOCALES) {
    const text = snapshot.translations[locale];
    for (const name of ENTRY_TEXT_FIELDS) {
      const value = text?.[name];
      fields[`${locale}.${name}`] = Array.isArray(value) ? value.join("\n") : (value ?? "");
    }
  }
  return {
    entryId: entry.id,
    expectedVersion: String(entry.version),
    fields,
    relations: snapshot.relations.map((r) => ({ type: r.type, target: r.target, note: r.note, source: r.source ?? "" })),
    citations: snapshot.citations.map((c) => ({ ...NO_NEW_SOURCE, source: c.source, field: c.field, note: c.note })),
  };
}
