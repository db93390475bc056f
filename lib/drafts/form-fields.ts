/** The hidden fields that say which record and version a form saves: never "a change". */
const BOOKKEEPING = new Set(["entryId", "articleId", "tourId", "expectedVersion", "savedSlug"]);

/** A form's named fields as typed, in order, without files and bookkeeping. */
export function formFields(form: HTMLFormElement): [string, string][] {
  return [...new FormData(form).entries()].flatMap(([name, value]) =>
    typeof value === "string" && !BOOKKEEPING.has(name) && !name.startsWith("$ACTION") ? [[name, value] as [string, string]] : [],
  );
}

export interface FieldDifference {
  name: string;
  saved: string;
  kept: string;
}

/** Which fields differ between the form as saved and as kept, by name, in the kept form's order. */
export function fieldDifferences(saved: [string, string][], kept: [string, string][]): FieldDifference[] {
  const before = new Map(saved);
  const after = new Map(kept);
  const names = [...new Set([...after.keys(), ...before.keys()])];
  return names
    .map((name) => ({ name, saved: before.get(name) ?? "", kept: after.get(name) ?? "" }))
    .filter((difference) => difference.saved !== difference.kept);
}
