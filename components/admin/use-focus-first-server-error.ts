import { useEffect, useRef } from "react";

/**
 * A refusal only the server can make (a slug already taken) moves focus to its field, like the
 * browser's own checks: returns the ref for the form whose first field in error takes the focus.
 */
export function useFocusFirstServerError(state: { status: string; fieldErrors: Record<string, string | undefined> }) {
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const first = state.status === "invalid" ? Object.keys(state.fieldErrors)[0] : undefined;
    if (first) (formRef.current?.elements.namedItem(first) as HTMLElement | null)?.focus();
  }, [state]);
  return formRef;
}
