"use client";

import { useTranslations } from "next-intl";
import { Fragment, type ReactNode, useEffect } from "react";
import { type DraftOwner, removeLocalDraft } from "@/lib/drafts/local-draft";
import { LocalDraftOffer } from "./local-draft-offer";
import { type LocalDraftControl, useLocalDraft } from "./use-local-draft";

interface LocalDraftKeeperProps<Values> extends DraftOwner {
  /** Opened just after being created from the new-record form: what that form kept is now saved. */
  justCreated?: boolean;
  /** What the form opens on when nothing is restored. */
  initial: Values;
  /** How the editor reads its form: what is kept and restored. */
  read: (form: FormData) => Values;
  /** The form, opened on `initial` (or the restored values); it wires `draft` to its <form> and clears it once saved. */
  children: (initial: Values, draft: LocalDraftControl<Values>) => ReactNode;
}

/** An editor whose unsaved work is kept in this browser, with the offer to restore it above the form. */
export function LocalDraftKeeper<Values>({
  personId,
  kind,
  recordId,
  justCreated = false,
  initial,
  read,
  children,
}: LocalDraftKeeperProps<Values>) {
  useEffect(() => {
    if (justCreated) removeLocalDraft({ personId, kind, recordId: "" });
  }, [justCreated, personId, kind]);
  const groups = useTranslations("localDraft.groups");
  const draft = useLocalDraft({
    owner: { personId, kind, recordId },
    read,
    groupLabel: (prefix) => (groups.has(prefix as never) ? groups(prefix as never) : prefix),
  });
  return (
    <>
      <LocalDraftOffer draft={draft as LocalDraftControl<unknown>} />
      {/* Restoring opens the form again on the restored values. */}
      <Fragment key={draft.generation}>{children(draft.restored ?? initial, draft)}</Fragment>
    </>
  );
}
