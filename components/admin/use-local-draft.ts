"use client";

import { type RefObject, useCallback, useEffect, useMemo, useRef, useState } from "react";
import { type FieldDifference, fieldDifferences, formFields } from "@/lib/drafts/form-fields";
import { type DraftOwner, type LocalDraft, readLocalDraft, removeLocalDraft, writeLocalDraft } from "@/lib/drafts/local-draft";

/** How long typing pauses before the form is kept: often enough to lose little, seldom enough to cost nothing. */
const KEEP_AFTER_MS = 300;

export interface DraftOffer {
  keptAt: string;
  /** What differs from the saved version, each field named as the form labels it. */
  differences: (FieldDifference & { label: string })[];
}

export interface LocalDraftControl<Values> {
  formRef: RefObject<HTMLFormElement | null>;
  /** Call on any change in the form (its own rows are watched): keeps it, after a pause, while it differs from what was saved. */
  keep: () => void;
  /** Call once the form was saved: nothing is left to keep. */
  clear: () => void;
  /** A draft kept from before that differs from the saved version, until restored or discarded. */
  offer: DraftOffer | null;
  restore: () => void;
  discard: () => void;
  /** The restored values the form opens on again, and a key that changes when it must. */
  restored: Values | null;
  generation: number;
}

/**
 * What an editor's <form> takes to be kept: the ref the draft reads it through (and any other ref
 * the form needs) and the change handler.
 */
export function draftFormProps(draft: LocalDraftControl<unknown>, other?: RefObject<HTMLFormElement | null>) {
  return {
    ref: (form: HTMLFormElement | null) => {
      draft.formRef.current = form;
      if (other) other.current = form;
    },
    onChange: draft.keep,
  };
}

/** Clears the kept draft once the form's save went through (saved, or kept as a proposal): nothing is left unsaved. */
export function useDraftClearedOnSave(draft: Pick<LocalDraftControl<unknown>, "clear">, state: { status: string }): void {
  const { clear } = draft;
  useEffect(() => {
    if (state.status === "saved" || state.status === "proposed") clear();
  }, [state, clear]);
}

/** The form field's own label, else its group's name ("relations.2.note" → "relations"). */
function labelOf(form: HTMLFormElement, name: string, group: (prefix: string) => string): string {
  const element = form.elements.namedItem(name);
  const labels = element && "labels" in element ? (element as HTMLInputElement).labels : null;
  const text = labels?.[0]?.textContent?.trim() || (element instanceof Element ? element.getAttribute("aria-label") : null);
  return text || group(name.split(".")[0] ?? name);
}

/**
 * Keeps an editor form's unsaved work in this browser as it is typed, and offers a draft kept before
 * (another tab, a crash, an expired session) when the editor opens again, with what differs from the
 * saved version. The form is read as its own editor reads it (`read`), so restoring opens the form
 * exactly as it was typed.
 */
export function useLocalDraft<Values>({
  owner,
  read,
  groupLabel,
}: {
  owner: DraftOwner;
  read: (form: FormData) => Values;
  groupLabel: (prefix: string) => string;
}): LocalDraftControl<Values> {
  const formRef = useRef<HTMLFormElement>(null);
  const saved = useRef<[string, string][]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const [kept, setKept] = useState<LocalDraft<Values> | null>(null);
  const [offer, setOffer] = useState<DraftOffer | null>(null);
  const [restored, setRestored] = useState<Values | null>(null);
  const [generation, setGeneration] = useState(0);
  const { personId, kind, recordId } = owner;
  const key = useMemo(() => ({ personId, kind, recordId }), [personId, kind, recordId]);
  const labels = useRef(groupLabel);
  labels.current = groupLabel;

  // On opening: the form as saved, and what was kept before if it differs.
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    saved.current = formFields(form);
    const draft = readLocalDraft<Values>(key);
    if (!draft) return;
    const differences = fieldDifferences(saved.current, draft.fields);
    if (differences.length === 0) return removeLocalDraft(key);
    setKept(draft);
    setOffer({
      keptAt: draft.keptAt,
      differences: differences.map((d) => ({ ...d, label: labelOf(form, d.name, labels.current) })),
    });
  }, [key]);

  useEffect(() => () => void (timer.current && clearTimeout(timer.current)), []);

  const keep = useCallback(() => {
    // While a kept draft is offered, it stays as it was until the editor decides on it.
    if (offer) return;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const form = formRef.current;
      if (!form) return;
      const fields = formFields(form);
      if (fieldDifferences(saved.current, fields).length === 0) return removeLocalDraft(key);
      writeLocalDraft(key, { keptAt: new Date().toISOString(), fields, values: read(new FormData(form)) });
    }, KEEP_AFTER_MS);
  }, [key, offer, read]);

  // Rows added, removed or moved by buttons change the form without a change event. (A restore
  // remounts the form and clears the offer, so this runs again on the new form.)
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const observer = new MutationObserver(keep);
    observer.observe(form, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [keep]);

  const clear = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    removeLocalDraft(key);
    if (formRef.current) saved.current = formFields(formRef.current);
  }, [key]);

  const restore = useCallback(() => {
    if (!kept) return;
    setRestored(kept.values);
    setGeneration((n) => n + 1);
    setOffer(null);
  }, [kept]);

  const discard = useCallback(() => {
    removeLocalDraft(key);
    setKept(null);
    setOffer(null);
  }, [key]);

  return { formRef, keep, clear, offer, restore, discard, restored, generation };
}
