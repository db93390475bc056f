import type { FieldChange } from "./diff-snapshots";
import type { TourSnapshot, TourStepSnapshot } from "./tour-snapshot";

/**
 * A step's name in a history: its own title, else the entry or article it shows (by slug; a revision
 * keeps no titles of other records).
 */
function stepName(step: TourStepSnapshot): string {
  const title = Object.values(step.texts).find((text) => text?.title)?.title;
  return title ?? step.entrySlug ?? step.articleSlug ?? "";
}

/** What stays the same step across versions: what it shows, and which time that is within the tour (a record shown twice). */
function identities(steps: TourStepSnapshot[]): string[] {
  const seen = new Map<string, number>();
  return steps.map((step) => {
    const what = step.kind === "slide" ? `slide:${stepName(step)}` : `${step.kind}:${step.entrySlug ?? step.articleSlug}`;
    const count = (seen.get(what) ?? 0) + 1;
    seen.set(what, count);
    return `${what}#${count}`;
  });
}

/** The longest common subsequence of two lists of distinct identities: the steps that kept their order. */
function keptInOrder(before: string[], after: string[]): Set<string> {
  const lengths = before.map(() => after.map(() => 0));
  const at = (i: number, j: number) => (i < before.length && j < after.length ? lengths[i]![j]! : 0);
  for (let i = before.length - 1; i >= 0; i--)
    for (let j = after.length - 1; j >= 0; j--)
      lengths[i]![j] = before[i] === after[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
  const kept = new Set<string>();
  for (let i = 0, j = 0; i < before.length && j < after.length; ) {
    if (before[i] === after[j]) {
      kept.add(before[i]!);
      i++;
      j++;
    } else if (at(i + 1, j) >= at(i, j + 1)) i++;
    else j++;
  }
  return kept;
}

/** A step's own fields as a history compares them: its map view, its timeline window, its texts per language. */
function stepFields(step: TourStepSnapshot): Map<string, string> {
  const fields = new Map<string, string>();
  fields.set("view", step.latitude === null ? "" : `${step.latitude}, ${step.longitude}, zoom ${step.zoom}`);
  fields.set("window", step.from === null ? "" : `${step.from} – ${step.to}`);
  for (const [locale, text] of Object.entries(step.texts))
    for (const [field, value] of Object.entries(text ?? {})) if (value) fields.set(`texts.${locale}.${field}`, value);
  return fields;
}

/**
 * What a version did to a tour's steps, in words a history can label: steps added and removed, steps
 * moved (those outside the longest run that kept its order), and the fields changed of each step that
 * stayed. Keys are `steps.<number>.<change>`, numbered as in the version the step is in
 * (lib/revisions/field-label.ts reads them).
 */
export function tourStepChanges(before: Pick<TourSnapshot, "steps"> | null, after: Pick<TourSnapshot, "steps">): FieldChange[] {
  const old = before?.steps ?? [];
  const oldIds = identities(old);
  const newIds = identities(after.steps);
  const oldIndex = new Map(oldIds.map((id, index) => [id, index]));
  const kept = keptInOrder(
    oldIds.filter((id) => newIds.includes(id)),
    newIds.filter((id) => oldIndex.has(id)),
  );
  const changes: FieldChange[] = [];
  oldIds.forEach((id, index) => {
    if (!newIds.includes(id)) changes.push({ field: `steps.${index + 1}.removed`, before: stepName(old[index]!), after: "" });
  });
  newIds.forEach((id, index) => {
    const step = after.steps[index]!;
    const number = index + 1;
    const was = oldIndex.get(id);
    if (was === undefined) {
      changes.push({ field: `steps.${number}.added`, before: "", after: stepName(step) });
      return;
    }
    if (!kept.has(id))
      changes.push({ field: `steps.${number}.moved`, before: `${was + 1}. ${stepName(step)}`, after: `${number}. ${stepName(step)}` });
    const a = stepFields(old[was]!);
    const b = stepFields(step);
    for (const field of [...new Set([...a.keys(), ...b.keys()])].sort()) {
      const change = { field: `steps.${number}.${field}`, before: a.get(field) ?? "", after: b.get(field) ?? "" };
      if (change.before !== change.after) changes.push(change);
    }
  });
  return changes;
}
