export interface FieldChange {
  /** "date", "translations.ru.title", "comparableTo" */
  field: string;
  before: string;
  after: string;
}

function flatten(value: unknown, prefix: string, into: Map<string, string>): void {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, into);
    return;
  }
  into.set(prefix, Array.isArray(value) ? value.join(", ") : value === null || value === undefined ? "" : String(value));
}

/** What changed between two versions of a record (an entry, an article), field by field, in a stable order. */
export function diffSnapshots<Snapshot extends object>(before: Snapshot | null, after: Snapshot): FieldChange[] {
  const a = new Map<string, string>();
  const b = new Map<string, string>();
  if (before) flatten(before, "", a);
  flatten(after, "", b);
  const fields = [...new Set([...a.keys(), ...b.keys()])].sort();
  return fields
    .map((field) => ({ field, before: a.get(field) ?? "", after: b.get(field) ?? "" }))
    .filter((change) => change.before !== change.after);
}
