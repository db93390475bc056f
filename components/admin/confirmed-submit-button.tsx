"use client";

import { useId, useRef } from "react";

export interface Confirmation {
  title: string;
  body: string;
  confirm: string;
  cancel: string;
}

/**
 * A form's submit button that, when given a confirmation, first asks in a modal dialog and submits
 * only on "yes": for moves that change the public site at once. Without JavaScript it submits as a
 * plain button.
 */
export function ConfirmedSubmitButton({
  label,
  ariaLabel,
  confirmation,
}: {
  label: string;
  ariaLabel?: string;
  confirmation?: Confirmation;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  if (!confirmation) {
    return (
      <button type="submit" aria-label={ariaLabel}>
        {label}
      </button>
    );
  }
  return (
    <>
      <button
        type="submit"
        ref={button}
        aria-label={ariaLabel}
        aria-haspopup="dialog"
        onClick={(event) => {
          event.preventDefault();
          dialog.current?.showModal();
        }}
      >
        {label}
      </button>
      <dialog ref={dialog} aria-labelledby={titleId} aria-describedby={bodyId} className="confirm-dialog">
        <h2 id={titleId}>{confirmation.title}</h2>
        <p id={bodyId}>{confirmation.body}</p>
        <div className="confirm-dialog-buttons">
          <button
            type="button"
            onClick={() => {
              dialog.current?.close();
              button.current?.form?.requestSubmit();
            }}
          >
            {confirmation.confirm}
          </button>
          {/* biome-ignore lint/a11y/noAutofocus: a modal dialog must place focus inside it (WAI-ARIA dialog pattern); it starts on the safe choice, as Esc does. */}
          <button type="button" autoFocus onClick={() => dialog.current?.close()}>
            {confirmation.cancel}
          </button>
        </div>
      </dialog>
    </>
  );
}
