/**
 * What a revision's field key (`translations.en.summary`, `relations.part_of`, `sources.date`,
 * `mentions.rzhev-memorial`, `dateEdtf`, a tour's `steps.2.moved` or `steps.2.texts.en.narrative`) stands for, so a history can name it the way the form
 * labels the field, in the reader's language.
 */
export type FieldLabelParts =
  | { kind: "text"; field: string; locale: string }
  | { kind: "link"; type: string }
  | { kind: "source"; field: string }
  | { kind: "mention"; slug: string }
  /** A tour's step by its number: added, removed, moved, its map view or timeline window, or one of its texts. */
  | { kind: "step"; number: number; change: "added" | "removed" | "moved" | "view" | "window" }
  | { kind: "stepText"; number: number; locale: string; field: string }
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
  const step = /^steps\.(\d+)\.(?:(added|removed|moved|view|window)|texts\.([^.]+)\.(\w+))$/.exec(key);
  if (step?.[2]) return { kind: "step", number: Number(step[1]), change: step[2] as "added" };
  if (step?.[3] && step[4]) return { kind: "stepText", number: Number(step[1]), locale: step[3], field: step[4] };
  return { kind: "field", field: FORM_FIELD[key] ?? key };
}
