"use client";

import { useTranslations } from "next-intl";
import { type ComponentType, Fragment, useEffect } from "react";
import { type DraftOwner, removeLocalDraft } from "@/lib/drafts/local-draft";
import { LocalDraftOffer } from "./local-draft-offer";
import { type LocalDraftControl, useLocalDraft } from "./use-local-draft";

/** What an editor page tells an editor whose unsaved work this browser keeps. */
export interface LocalDraftProps {
  /** The signed-in person, whose unsaved work this browser keeps for this record. */
  personId: string;
  /** Opened just after being created from the new-record form: what that form kept is saved now. */
  justCreated?: boolean;
}

/**
 * An editor whose unsaved work is kept in this browser, with the offer to restore it above the form:
 * `Form` opens on `initial` (or on the restored values, opened afresh), wires `draft` to its <form>
 * and clears it once saved (useDraftClearedOnSave).
 */
export function withLocalDraft<Values, FormProps extends LocalDraftProps & { initial: Values; draft: LocalDraftControl<Values> }>(
  kind: DraftOwner["kind"],
  read: (form: FormData) => Values,
  recordIdOf: (values: Values) => string,
  Form: ComponentType<FormProps>,
): ComponentType<Omit<FormProps, "draft">> {
  return function WithLocalDraft(props: Omit<FormProps, "draft">) {
    const { personId, justCreated = false, initial } = props;
    const groups = useTranslations("localDraft.groups");
    const draft = useLocalDraft({
      owner: { personId, kind, recordId: recordIdOf(initial) },
      read,
      groupLabel: (prefix) => (groups.has(prefix as never) ? groups(prefix as never) : prefix),
    });
    useEffect(() => {
      if (justCreated) removeLocalDraft({ personId, kind, recordId: "" });
    }, [justCreated, personId]);
    return (
      <>
        <LocalDraftOffer draft={draft as LocalDraftControl<unknown>} />
        {/* Restoring opens the form again on the restored values. */}
        <Fragment key={draft.generation}>
          <Form {...({ ...props, initial: draft.restored ?? initial, draft } as FormProps)} />
        </Fragment>
      </>
    );
  };
}
