/** The error under a field, with the id its field points to through aria-describedby. */
export function FieldError({ name, errors }: { name: string; errors: Record<string, string> }) {
  return errors[name] ? (
    <p id={`${name}-error`} className="field-error">
      {errors[name]}
    </p>
  ) : null;
}

/** aria-invalid and aria-describedby for a field: its error first, then any hints. */
export function fieldDescription(name: string, errors: Record<string, string>, ...hints: (string | null | undefined)[]) {
  const ids = [errors[name] ? `${name}-error` : null, ...hints].filter(Boolean).join(" ");
  return { "aria-invalid": Boolean(errors[name]), "aria-describedby": ids || undefined };
}
