"use client";

import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { type Confirmation, ConfirmedSubmitButton } from "@/components/admin/confirmed-submit-button";
import { IDLE_IMPORT_DRAFTS, type ImportDraftsState } from "@/lib/actions/imports/import-drafts-state";

/**
 * One of the import page's bulk moves ("Send all to review", "Publish all"): a button, asking first
 * when given a confirmation, and after it how many entries moved (or why none did).
 */
export function ImportDraftsMoveForm({
  id,
  action,
  label,
  hint,
  confirmation,
  outcome,
}: {
  id: string;
  action: (previous: ImportDraftsState, form: FormData) => Promise<ImportDraftsState>;
  label: string;
  hint: string;
  confirmation?: Confirmation;
  /** The message that says how many moved. */
  outcome: "sent" | "published";
}) {
  const t = useTranslations("importDrafts");
  const [state, dispatch, pending] = useActionState(action, IDLE_IMPORT_DRAFTS);
  return (
    <form action={dispatch} className="import-drafts-move" aria-label={label}>
      <input type="hidden" name="id" value={id} />
      <ConfirmedSubmitButton label={label} confirmation={confirmation} />
      <span className="hint"> {hint}</span>
      {pending ? <p role="status">{t("working")}</p> : null}
      {!pending && state.status === "moved" ? <p role="status">{t(outcome, { count: state.changed ?? 0 })}</p> : null}
      {!pending && state.message ? <p role="alert">{state.message}</p> : null}
    </form>
  );
}
