/**
 * Unsaved editor work kept in this browser (localStorage), per person, kind of record and record, so a
 * closed tab, a crash or a session that ran out while typing loses nothing. Browser only; every call
 * survives storage being full or switched off (the draft is then simply not kept).
 */

export interface LocalDraft<Values> {
  /** When it was last written. */
  keptAt: string;
  /** The form's fields as typed, by name, to compare with what was saved. */
  fields: [string, string][];
  /** The form's values as its editor reads them, to open the form on again. */
  values: Values;
}

/** Drafts older than this are no longer offered (and are removed when found). */
const KEPT_FOR_MS = 30 * 24 * 60 * 60 * 1000;

export interface DraftOwner {
  /** The signed-in person: one person's drafts are never offered to another on a shared computer. */
  personId: string;
  kind: "entry" | "article" | "tour";
  /** Empty for a record not yet created. */
  recordId: string;
}

export function draftKey({ personId, kind, recordId }: DraftOwner): string {
  return `memorial-draft:v1:${personId}:${kind}:${recordId || "new"}`;
}

export function readLocalDraft<Values>(owner: DraftOwner, now = Date.now()): LocalDraft<Values> | null {
  try {
    const raw = window.localStorage.getItem(draftKey(owner));
    if (!raw) return null;
    const draft = JSON.parse(raw) as LocalDraft<Values>;
    if (!Array.isArray(draft.fields) || now - Date.parse(draft.keptAt) > KEPT_FOR_MS) {
      removeLocalDraft(owner);
      return null;
    }
    return draft;
  } catch {
    return null;
  }
}

export function writeLocalDraft<Values>(owner: DraftOwner, draft: LocalDraft<Values>): void {
  try {
    window.localStorage.setItem(draftKey(owner), JSON.stringify(draft));
  } catch {
    // Full or switched off: the work is still in the form, only not kept beyond it.
  }
}

export function removeLocalDraft(owner: DraftOwner): void {
  try {
    window.localStorage.removeItem(draftKey(owner));
  } catch {
    // Nothing kept, nothing to remove.
  }
}
