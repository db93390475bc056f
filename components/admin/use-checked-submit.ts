"use client";

import { type FormEvent, startTransition, useState } from "react";

/**
 * Checks a form with the server's own schema before sending it, so a person sees every field error at
 * once without a round trip; the server checks again. `check` returns field errors, or null when the
 * form may go. The first field in error takes the focus, as the browser's own checks would.
 */
export function useCheckedSubmit(check: (form: FormData) => Record<string, string> | null, send: (form: FormData) => void) {
  const [clientErrors, setClientErrors] = useState<Record<string, string> | null>(null);
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const errors = check(form);
    setClientErrors(errors);
    if (errors) {
      const first = Object.keys(errors)[0];
      if (first) (event.currentTarget.elements.namedItem(first) as HTMLElement | null)?.focus();
      return;
    }
    startTransition(() => send(form));
  }
  return { clientErrors, submit };
}
