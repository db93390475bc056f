"use client";

import { useTranslations } from "next-intl";
import { type CSSProperties, type FormEvent, startTransition, useActionState, useEffect, useRef, useState } from "react";
import { EntryCombobox } from "@/components/ui/entry-combobox";
import { Link } from "@/i18n/navigation";
import type { EntryOption } from "@/lib/data/search/search-entry-options";
import { mediaFieldErrors, mediaMetadataInput } from "@/lib/forms/media-form";
import { ACCEPT_ATTRIBUTE, formatMegabytes, MAX_UPLOAD_BYTES } from "@/lib/media/image-rules";
import { mediaMetadataSchema } from "@/lib/validation/media";
import { useValidationText } from "@/lib/validation/use-validation-text";
import { mediaRefusalText, type ProblemReason } from "./media-refusal-text";

/** The form's fields, in the order they appear: the first with an error gets the focus. */
const FIELDS = ["entrySlug", "file", "caption_en", "altText_en", "caption_ru", "altText_ru", "credit", "licence", "sourceUrl"] as const;
type Field = (typeof FIELDS)[number];

function isField(value: string): value is Field {
  return (FIELDS as readonly string[]).includes(value);
}

interface UploadState {
  status: "idle" | "uploaded" | "invalid" | "refused" | "failed";
  fieldErrors: Partial<Record<Field, string>>;
  /** For "refused" (the server's reason) and "failed", in the page's language. */
  message?: string;
  uploaded?: { slug: string; title: string };
  /** Bumped on every answer, so the focus moves again after a repeated error. */
  attempt: number;
}

const INITIAL: UploadState = { status: "idle", fieldErrors: {}, attempt: 0 };

interface Problem extends ProblemReason {
  errors?: { path: string; message: string }[];
}

const TEXTAREA_STYLE: CSSProperties = {
  font: "inherit",
  padding: "0.4rem 0.5rem",
  border: "1px solid var(--muted)",
  borderRadius: 4,
  resize: "vertical",
};
const INVALID_STYLE: CSSProperties = { borderColor: "#a51d1d" };
const HINT_STYLE: CSSProperties = { margin: "0 0 0.1rem", fontSize: "0.9rem", color: "var(--muted)" };
const LANGUAGES_STYLE: CSSProperties = { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(16rem, 1fr))", gap: "0 1.5rem" };
const FIELDSET_STYLE: CSSProperties = {
  display: "grid",
  gap: "0.3rem",
  border: "1px solid var(--line)",
  borderRadius: 4,
  margin: "0.75rem 0 0",
  padding: "0.25rem 0.75rem 0.75rem",
  minWidth: 0,
};

export function MediaUploadForm({ licences }: { licences: readonly string[] }) {
  const t = useTranslations("media");
  const form = useTranslations("form");
  const validation = useValidationText();
  const formRef = useRef<HTMLFormElement>(null);
  const [entrySlug, setEntrySlug] = useState("");
  const [entry, setEntry] = useState<EntryOption | null>(null);

  const [state, dispatch, pending] = useActionState(async (_previous: UploadState, data: FormData): Promise<UploadState> => {
    const attempt = _previous.attempt + 1;
    const file = data.get("file");
    const chosen = file instanceof File && file.size > 0;
    if (chosen && file.size > MAX_UPLOAD_BYTES) {
      // Refused here already: no point sending many megabytes only to be turned away.
      return {
        status: "invalid",
        fieldErrors: { file: validation("imageTooLarge", { size: formatMegabytes(file.size), max: formatMegabytes(MAX_UPLOAD_BYTES) }) },
        attempt,
      };
    }
    // The server's rules, checked before anything is sent.
    const text = (name: string) => {
      const value = data.get(name);
      return typeof value === "string" ? value : undefined;
    };
    const parsed = mediaMetadataSchema.safeParse(mediaMetadataInput(text));
    const checked: UploadState["fieldErrors"] = {};
    if (!parsed.success)
      for (const error of mediaFieldErrors(parsed.error, validation)) if (isField(error.path)) checked[error.path] ??= error.message;
    if (!data.get("entrySlug")) checked.entrySlug = t("chooseEntry");
    if (!chosen) checked.file = t("chooseFile");
    if (Object.keys(checked).length > 0) return { status: "invalid", fieldErrors: checked, attempt };
    let response: Response;
    try {
      response = await fetch("/api/v1/admin/media", { method: "POST", body: data, headers: { Accept: "application/json" } });
    } catch {
      return { status: "failed", fieldErrors: {}, message: t("network"), attempt };
    }
    if (response.status === 201) {
      const slug = String(data.get("entrySlug"));
      const title = entry?.slug === slug ? entry.title : slug;
      // Clear the form for the next image, keeping the entry chosen.
      const element = formRef.current;
      if (element) {
        element.reset();
        const field = element.elements.namedItem("entrySlug");
        if (field instanceof HTMLInputElement) field.value = slug;
      }
      return { status: "uploaded", fieldErrors: {}, uploaded: { slug, title }, attempt };
    }
    const problem = (await response.json().catch(() => ({}))) as Problem;
    if (response.status === 400 && problem.errors?.length) {
      const fieldErrors: UploadState["fieldErrors"] = {};
      for (const error of problem.errors) if (isField(error.path)) fieldErrors[error.path] ??= error.message;
      if (!chosen) fieldErrors.file = t("chooseFile");
      return { status: "invalid", fieldErrors, attempt };
    }
    // The entry is named in the body: gone or unknown, it is that field's error (422 with its path).
    if (response.status === 404 || problem.errors?.some((error) => error.path === "entrySlug")) {
      return { status: "invalid", fieldErrors: { entrySlug: t("noEntry") }, attempt };
    }
    if (response.status === 401) return { status: "failed", fieldErrors: {}, message: t("signedOut"), attempt };
    if (response.status === 403) {
      return { status: "failed", fieldErrors: {}, message: mediaRefusalText(problem, validation) ?? t("forbidden"), attempt };
    }
    if (response.status === 503) return { status: "failed", fieldErrors: {}, message: t("unavailable"), attempt };
    // The file itself was refused: why, in the page's language (the English detail is for API clients).
    const reason = mediaRefusalText(problem, validation);
    if ((response.status === 413 || response.status === 415 || response.status === 422) && reason) {
      return { status: "refused", fieldErrors: {}, message: reason, attempt };
    }
    return { status: "failed", fieldErrors: {}, message: t("failed", { status: response.status }), attempt };
  }, INITIAL);

  // After an answer, take the keyboard to what needs attention: the first marked field, or the file when it was refused.
  useEffect(() => {
    const element = formRef.current;
    if (!element || state.attempt === 0) return;
    const target =
      state.status === "invalid" ? FIELDS.find((name) => state.fieldErrors[name]) : state.status === "refused" ? "file" : undefined;
    const control = target && element.elements.namedItem(target);
    if (control instanceof HTMLElement) control.focus();
  }, [state]);

  function submit(event: FormEvent<HTMLFormElement>) {
    // Sent with fetch, not as a form action, so nothing typed (nor the chosen file) is cleared on an error.
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  }

  const errorId = (name: Field) => `media-${name}-error`;
  const hintId = (name: Field) => `media-${name}-hint`;
  const describedBy = (name: Field, hint: boolean | string) =>
    [
      typeof hint === "string" ? hint : hint ? hintId(name) : null,
      state.fieldErrors[name] ? errorId(name) : null,
      name === "file" && state.status === "refused" ? "media-form-message" : null,
    ]
      .filter(Boolean)
      .join(" ") || undefined;
  const invalid = (name: Field) => Boolean(state.fieldErrors[name]) || (name === "file" && state.status === "refused");

  const fieldError = (name: Field) =>
    state.fieldErrors[name] ? (
      <p id={errorId(name)} className="field-error">
        {state.fieldErrors[name]}
      </p>
    ) : null;
  const hint = (name: Field, text: string) => (
    <p id={hintId(name)} style={HINT_STYLE}>
      {text}
    </p>
  );

  const language = (locale: "en" | "ru") => {
    const caption = `caption_${locale}` as const;
    const altText = `altText_${locale}` as const;
    return (
      <fieldset style={FIELDSET_STYLE}>
        <legend>{t(locale === "en" ? "english" : "russian")}</legend>
        <label htmlFor={`media-${caption}`}>{t(caption)}</label>
        <textarea
          id={`media-${caption}`}
          name={caption}
          lang={locale}
          rows={3}
          maxLength={1000}
          style={invalid(caption) ? { ...TEXTAREA_STYLE, ...INVALID_STYLE } : TEXTAREA_STYLE}
          aria-invalid={invalid(caption)}
          aria-describedby={describedBy(caption, "media-caption-hint")}
        />
        {fieldError(caption)}
        <label htmlFor={`media-${altText}`}>{t(altText)}</label>
        <textarea
          id={`media-${altText}`}
          name={altText}
          lang={locale}
          rows={2}
          maxLength={1000}
          style={invalid(altText) ? { ...TEXTAREA_STYLE, ...INVALID_STYLE } : TEXTAREA_STYLE}
          aria-invalid={invalid(altText)}
          aria-describedby={describedBy(altText, true)}
        />
        {hint(altText, t("altTextHint"))}
        {fieldError(altText)}
      </fieldset>
    );
  };

  const textInput = (
    name: "credit" | "licence" | "sourceUrl",
    type: "text" | "url",
    hintText: string,
    extra?: { list?: string; required?: boolean },
  ) => (
    <>
      <label htmlFor={`media-${name}`}>{t(name)}</label>
      <input
        id={`media-${name}`}
        name={name}
        type={type}
        required={extra?.required}
        list={extra?.list}
        autoComplete="off"
        aria-invalid={invalid(name)}
        aria-describedby={describedBy(name, true)}
      />
      {hint(name, hintText)}
      {fieldError(name)}
    </>
  );

  return (
    <form ref={formRef} onSubmit={submit} className="admin-form" style={{ maxWidth: "48rem" }} noValidate aria-busy={pending}>
      {/* Always there, so that screen readers announce what is put into it. */}
      <p role="status">
        {state.status === "uploaded" && state.uploaded
          ? t.rich("uploaded", {
              title: state.uploaded.title,
              link: (chunks) => <Link href={`/entries/${state.uploaded!.slug}`}>{chunks}</Link>,
            })
          : null}
      </p>
      {state.status === "invalid" || state.status === "refused" || state.status === "failed" ? (
        <p role="alert" id="media-form-message" className="form-error">
          {state.status === "invalid"
            ? form("fixErrors")
            : state.status === "refused"
              ? t("refused", { message: state.message ?? "" })
              : state.message}
        </p>
      ) : null}

      <label htmlFor="media-entrySlug">{t("entry")}</label>
      <EntryCombobox
        id="media-entrySlug"
        name="entrySlug"
        scope="staff"
        required
        value={entrySlug}
        onChange={(value) => {
          setEntrySlug(value);
          setEntry(null);
        }}
        onResolve={setEntry}
        reading={{ found: (title) => t("entryReads", { title }), unknown: t("entryUnknown") }}
        invalid={invalid("entrySlug")}
        describedBy={describedBy("entrySlug", false)}
      />
      {fieldError("entrySlug")}

      <label htmlFor="media-file">{t("file")}</label>
      <input
        id="media-file"
        name="file"
        type="file"
        required
        accept={ACCEPT_ATTRIBUTE}
        aria-invalid={invalid("file")}
        aria-describedby={describedBy("file", true)}
      />
      {hint("file", t("fileHint", { max: formatMegabytes(MAX_UPLOAD_BYTES) }))}
      {fieldError("file")}

      <p id="media-caption-hint" style={{ ...HINT_STYLE, marginTop: "0.75rem" }}>
        {t("captionHint")}
      </p>
      <div style={LANGUAGES_STYLE}>
        {language("en")}
        {language("ru")}
      </div>

      {textInput("credit", "text", t("creditHint"), { required: true })}
      {textInput("licence", "text", t("licenceHint"), { required: true, list: "media-licence-suggestions" })}
      <datalist id="media-licence-suggestions">
        {licences.map((licence) => (
          <option key={licence} value={licence} />
        ))}
      </datalist>
      {textInput("sourceUrl", "url", t("sourceUrlHint"))}

      <button type="submit" disabled={pending}>
        {pending ? t("uploading") : t("submit")}
      </button>
    </form>
  );
}
