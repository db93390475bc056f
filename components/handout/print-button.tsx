"use client";

/** Opens the browser's print dialog (the page's print styles leave this button off the paper). */
export function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" onClick={() => window.print()}>
      {label}
    </button>
  );
}
