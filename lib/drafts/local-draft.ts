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

const KEY_PREFIX = "memorial-draft:v1:";

export function draftKey({ personId, kind, recordId }: DraftOwner): string {
  return `${KEY_PREFIX}${personId}:${kind}:${recordId || "new"}`;
}

/** False once this page's person signed out: a keep still waiting for a pause in typing must not bring their work back. */
let keeping = true;

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
  if (!keeping) return;
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

/**
 * Removes every draft this browser keeps except those of `personId` (all of them when null): on a
 * shared school or museum computer, one person's unsaved work never stays for the next person.
 */
export function keepOnlyDraftsOf(personId: string | null): void {
  try {
    const storage = window.localStorage;
    const others = Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter(
      (key): key is string => key?.startsWith(KEY_PREFIX) === true && (personId === null || !key.startsWith(`${KEY_PREFIX}${personId}:`)),
    );
    for (const key of others) storage.removeItem(key);
  } catch {
    // Storage switched off: nothing was kept.
  }
}

/**
 * On signing out: the person's unsaved work leaves the browser with them, and this page keeps nothing
 * more. Everyone's, not only theirs: a draft of anyone else was already removed when they signed in
 * (keepOnlyDraftsOf), so this leaves a browser that holds no one's work.
 */
export function forgetLocalDrafts(): void {
  keeping = false;
  keepOnlyDraftsOf(null);
}
