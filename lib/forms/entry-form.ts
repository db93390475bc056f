import type { ZodError } from "zod";
import { CONTENT_LOCALES, type ContentLocale } from "@/lib/content/locales";
import type { LocalizedNote } from "@/lib/content/localized-note";
import type { RelationType } from "@/lib/content/relation-types";
import type { RecordForEditing } from "@/lib/data/publishing/get-record-for-editing";
import type { EntrySnapshot } from "@/lib/revisions/entry-snapshot";
import type { EntryEditInput } from "@/lib/validation/entry-edit";
import type { ValidationTranslate } from "@/lib/validation/messages";
import type { CitationField } from "@/lib/validation/source";
import { fieldErrors } from "./field-errors";

export const ENTRY_TEXT_FIELDS = [
  "title",
  "aliases",
  "summary",
  "description",
  "placeName",
  "locationNote",
  "authors",
  "dimensions",
] as const;
const SCALAR_FIELDS = ["slug", "kind", "latitude", "longitude", "locationPrecision", "countryCode", "wikidataId", "date"] as const;

/** A note per language, named as the schema's path names it ("relations.0.note.ru"), so its errors land beside it. */
const NOTE_FIELDS = ["note.en", "note.ru"] as const satisfies readonly `note.${ContentLocale}`[];

export const RELATION_ROW_FIELDS = ["type", "target", ...NOTE_FIELDS, "source"] as const;
/** `source` is an existing source's key; empty means a new source described by title, language, url, publisher and accessedOn. */
export const CITATION_ROW_FIELDS = ["source", "title", "language", "url", "publisher", "accessedOn", "field", ...NOTE_FIELDS] as const;

export type RelationFormRow = Record<(typeof RELATION_ROW_FIELDS)[number], string>;
export type CitationFormRow = Record<(typeof CITATION_ROW_FIELDS)[number], string>;

const noteOfRow = (row: Record<(typeof NOTE_FIELDS)[number], string>): LocalizedNote => ({ en: row["note.en"], ru: row["note.ru"] });
const noteRowFields = (note: LocalizedNote) => ({ "note.en": note.en, "note.ru": note.ru });

/** Everything the entry form holds, as typed: kept through any failure so nothing is lost. */
export interface EntryFormValues {
  entryId: string;
  expectedVersion: string;
  /** "slug", "date", "en.title", "ru.description", … */
  fields: Record<string, string>;
  /** Sent as relations.0.type, relations.0.target, … */
  relations: RelationFormRow[];
  /** Sent as citations.0.source, citations.0.field, … */
  citations: CitationFormRow[];
}

/** The rows of a repeated group, in form order, from names like "relations.3.type". */
function readRows<Field extends string>(form: FormData, group: string, names: readonly Field[]): Record<Field, string>[] {
  const indexes = new Set<number>();
  for (const key of form.keys()) {
    const match = new RegExp(`^${group}\\.(\\d+)\\.`).exec(key);
    if (match) indexes.add(Number(match[1]));
  }
  return [...indexes]
    .sort((a, b) => a - b)
    .map(
      (index) =>
        Object.fromEntries(names.map((name) => [name, String(form.get(`${group}.${index}.${name}`) ?? "")])) as Record<Field, string>,
    );
}

export function readEntryForm(form: FormData): EntryFormValues {
  const fields: Record<string, string> = {};
  for (const name of SCALAR_FIELDS) fields[name] = String(form.get(name) ?? "");
  for (const locale of CONTENT_LOCALES)
    for (const name of ENTRY_TEXT_FIELDS) fields[`${locale}.${name}`] = String(form.get(`${locale}.${name}`) ?? "");
  return {
    entryId: String(form.get("entryId") ?? ""),
    expectedVersion: String(form.get("expectedVersion") ?? ""),
    fields,
    relations: readRows(form, "relations", RELATION_ROW_FIELDS),
    citations: readRows(form, "citations", CITATION_ROW_FIELDS),
  };
}

/** The form's values in the shape entryEditSchema checks, in the browser and on the server alike. */
export function entryFormInput(values: EntryFormValues): EntryEditInput {
  const { fields } = values;
  return {
    ...(Object.fromEntries(SCALAR_FIELDS.map((name) => [name, fields[name] ?? ""])) as Pick<
      EntryEditInput,
      (typeof SCALAR_FIELDS)[number]
    >),
    translations: Object.fromEntries(
      CONTENT_LOCALES.map((l) => [l, Object.fromEntries(ENTRY_TEXT_FIELDS.map((n) => [n, fields[`${l}.${n}`] ?? ""]))]),
    ) as EntryEditInput["translations"],
    // The casts only name what the schema is about to check.
    relations: values.relations.map((row) => ({
      type: row.type as RelationType,
      target: row.target,
      note: noteOfRow(row),
      source: row.source,
    })),
    citations: values.citations.map((row) => ({
      source: row.source,
      newSource: row.source.trim()
        ? null
        : { title: row.title, language: row.language, url: row.url, publisher: row.publisher, accessedOn: row.accessedOn },
      field: row.field as CitationField,
      note: noteOfRow(row),
    })),
  };
}

/**
 * Schema issues keyed by the form's field names: "en.title", not "translations.en.title";
 * "citations.0.title", not "citations.0.newSource.title".
 */
export function entryFieldErrors(error: ZodError, t: ValidationTranslate): Record<string, string> {
  return fieldErrors(error, t, (path) => path.replace(/^translations\./, "").replace(/^(citations\.\d+)\.newSource\./, "$1."));
}

const NO_NEW_SOURCE = { title: "", language: "", url: "", publisher: "", accessedOn: "" };

/** The form's starting values: empty for a new entry, else the saved entry. */
export function entryFormValues(entry: RecordForEditing<EntrySnapshot> | null): EntryFormValues {
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
    relations: snapshot.relations.map((r) => ({ type: r.type, target: r.target, ...noteRowFields(r.note), source: r.source ?? "" })),
    citations: snapshot.citations.map((c) => ({ ...NO_NEW_SOURCE, source: c.source, field: c.field, ...noteRowFields(c.note) })),
  };
}
