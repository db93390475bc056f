"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";

/** A read-only text (a link, a snippet) with a button that copies it; where the clipboard is refused, the text is selected for Ctrl+C. */
export function CopyField({ label, value, multiline = false }: { label: string; value: string; multiline?: boolean }) {
  const t = useTranslations("sharing");
  const id = useId();
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const [status, setStatus] = useState<"idle" | "copied" | "select">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(value);
      setStatus("copied");
    } catch {
      field.current?.select();
      setStatus("select");
    }
  }

  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-field-row">
        {multiline ? (
          <textarea id={id} ref={field} readOnly value={value} rows={3} onFocus={(event) => event.currentTarget.select()} />
        ) : (
          <input id={id} ref={field} readOnly value={value} onFocus={(event) => event.currentTarget.select()} />
        )}
        <button type="button" onClick={copy}>
          {t("copy")}
        </button>
      </div>
      <p className="copy-field-status" role="status">
        {status === "copied" ? t("copied") : status === "select" ? t("pressToCopy") : ""}
      </p>
    </div>
  );
}
