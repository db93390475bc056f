/**
 * What a revision's field key (`translations.en.summary`, `relations.part_of`, `sources.date`,
 * `mentions.rzhev-memorial`, `dateEdtf`) stands for, so a history can name it the way the form
 * labels the field, in the reader's language.
 */
export type FieldLabelParts =
  | { kind: "text"; field: string; locale: string }
  | { kind: "link"; type: string }
  | { kind: "source"; field: string }
  | { kind: "mention"; slug: string }
  | { kind: "field"; field: string };

/** The form's own name for a stored column where the two differ. */
const FORM_FIELD: Record<string, string> = {
  dateEdtf: "date",
  locationPrecision: "precision",
  countryCode: "country",
  wikidataId: "wikidata",
};

export function fieldLabelParts(key: string): FieldLabelParts {
  const [head, ...rest] = key.split(".");
  const tail = rest.join(".");
  if (head === "translations" && rest.length >= 2) return { kind: "text", locale: rest[0]!, field: rest.slice(1).join(".") };
  if (head === "relations" && tail) return { kind: "link", type: tail };
  if (head === "sources" && tail) return { kind: "source", field: tail };
  if (head === "mentions" && tail) return { kind: "mention", slug: tail };
  return { kind: "field", field: FORM_FIELD[key] ?? key };
}
