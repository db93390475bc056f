"use client";

import { useActionState } from "react";
import type { SaveState } from "@/lib/forms/save-state";
import { type LocalDraftControl, useDraftClearedOnSave } from "./use-local-draft";

/**
 * An editor form's save (entries and articles alike): the action's state, the local draft cleared
 * once the save is kept, and the version to save over. The page re-renders with the saved version
 * after a save or a status change elsewhere on it; a conflict moves the form's version on too. The
 * later of the two is the one to save over; a record not yet created has none.
 */
export function useRecordSave<Values extends { expectedVersion: string }, State extends SaveState<Values>>(
  saveAction: (state: Awaited<State>, form: FormData) => Promise<State>,
  initial: Values,
  draft: Pick<LocalDraftControl<unknown>, "clear">,
  isSaved: (values: Values) => boolean,
) {
  const [state, action, pending] = useActionState<State, FormData>(saveAction, {
    status: "idle",
    values: initial,
    fieldErrors: {},
  } as Awaited<State>);
  useDraftClearedOnSave(draft, state);
  const values = state.values;
  const expectedVersion = isSaved(values) ? String(Math.max(Number(initial.expectedVersion), Number(values.expectedVersion))) : "";
  return { state, action, pending, values, expectedVersion };
}
