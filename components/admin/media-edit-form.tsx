"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, startTransition, useActionState, useEffect, useRef } from "react";
import { useRouter } from "@/i18n/navigation";
import { MEDIA_METADATA_FIELDS, type MediaMetadataField, mediaFieldErrors, mediaMetadataInput } from "@/lib/forms/media-form";
import { mediaMetadataSchema } from "@/lib/validation/media";
import { isValidationKey } from "@/lib/validation/messages";
import { useValidationText } from "@/lib/validation/use-validation-text";
import "./media-library.css";

export type MediaEditValues = Record<MediaMetadataField, string>;

interface EditState {
  status: "idle" | "saved" | "invalid" | "failed";
  fieldErrors: Partial<Record<MediaMetadataField, string>>;
  message?: string;
  /** Bumped on every answer, so the focus moves again after a repeated error. */
  attempt: number;
}

const INITIAL: EditState = { status: "idle", fieldErrors: {}, attempt: 0 };

function isField(name: string): name is MediaMetadataField {
  return (MEDIA_METADATA_FIELDS as readonly string[]).includes(name);
}

function firstErrors(errors: { path: string; message: string }[]): EditState["fieldErrors"] {
  const fieldErrors: EditState["fieldErrors"] = {};
  for (const error of errors) if (isField(error.path)) fieldErrors[error.path] ??= error.message;
  return fieldErrors;
}

export interface MediaEditFormProps {
  mediaId: string;
  initial: MediaEditValues;
  licences: readonly string[];
  /** Starts the fields' ids, so that several forms can share a page (the entry editor's image list). */
  idPrefix?: string;
  /** Called once a change is saved (after the page's data is refreshed), instead of saying "Saved." in the form. */
  onSaved?: () => void;
}

/** Edits an image's captions, credit, licence and source; checked with the upload's schema before it is sent. */
export function MediaEditForm({ mediaId, initial, licences, idPrefix = "media-edit", onSaved }: MediaEditFormProps) {
  const t = useTranslations("media");
  const lib = useTranslations("mediaLibrary");
  const form = useTranslations("form");
  const validation = useValidationText();
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);

  const [state, dispatch, pending] = useActionState(async (previous: EditState, data: FormData): Promise<EditState> => {
    const attempt = previous.attempt + 1;
    const value = (name: string) => {
      const field = data.get(name);
      return typeof field === "string" ? field : undefined;
    };
    const parsed = mediaMetadataSchema.safeParse(mediaMetadataInput(value));
    if (!parsed.success) return { status: "invalid", fieldErrors: firstErrors(mediaFieldErrors(parsed.error, validation)), attempt };
    let response: Response;
    try {
      response = await fetch(`/api/v1/admin/media/${encodeURIComponent(mediaId)}`, {
        method: "PATCH",
        body: JSON.stringify(mediaMetadataInput(value)),
        headers: { "Content-Type": "application/json", Accept: "application/json" },
      });
    } catch {
      return { status: "failed", fieldErrors: {}, message: lib("network"), attempt };
    }
    if (response.ok) {
      router.refresh();
      onSaved?.();
      return { status: "saved", fieldErrors: {}, attempt };
    }
    const problem = (await response.json().catch(() => ({}))) as {
      detail?: string;
      reason?: string;
      errors?: { path: string; message: string }[];
    };
    if (response.status === 400 && problem.errors?.length) return { status: "invalid", fieldErrors: firstErrors(problem.errors), attempt };
    const message =
      response.status === 404
        ? lib("gone")
        : response.status === 401
          ? t("signedOut")
          : response.status === 403
            ? problem.reason && isValidationKey(problem.reason)
              ? validation(problem.reason)
              : lib("forbidden")
            : response.status === 422 && problem.detail
              ? problem.detail
              : response.status === 503
                ? lib("unavailable")
                : t("failed", { status: response.status });
    return { status: "failed", fieldErrors: {}, message, attempt };
  }, INITIAL);

  useEffect(() => {
    const element = formRef.current;
    if (!element || state.status !== "invalid") return;
    const target = MEDIA_METADATA_FIELDS.find((name) => state.fieldErrors[name]);
    const control = target && element.elements.namedItem(target);
    if (control instanceof HTMLElement) control.focus();
  }, [state]);

  function submit(event: FormEvent<HTMLFormElement>) {
    // Sent with fetch, so nothing typed is cleared when the server refuses it.
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  }

  const errorId = (name: MediaMetadataField) => `${idPrefix}-${name}-error`;
  const control = (name: MediaMetadataField, hintId?: string) => ({
    id: `${idPrefix}-${name}`,
    name,
    defaultValue: initial[name],
    "aria-invalid": Boolean(state.fieldErrors[name]),
    "aria-describedby": [hintId, state.fieldErrors[name] ? errorId(name) : null].filter(Boolean).join(" ") || undefined,
  });
  const fieldError = (name: MediaMetadataField) =>
    state.fieldErrors[name] ? (
      <p id={errorId(name)} className="field-error">
        {state.fieldErrors[name]}
      </p>
    ) : null;

  const language = (locale: "en" | "ru") => (
    <fieldset className="media-language">
      <legend>{t(locale === "en" ? "english" : "russian")}</legend>
      <label htmlFor={`${idPrefix}-caption_${locale}`}>{t(`caption_${locale}`)}</label>
      <textarea {...control(`caption_${locale}`, `${idPrefix}-caption-hint`)} lang={locale} rows={3} maxLength={1000} />
      {fieldError(`caption_${locale}`)}
      <label htmlFor={`${idPrefix}-altText_${locale}`}>{t(`altText_${locale}`)}</label>
      <textarea {...control(`altText_${locale}`, `${idPrefix}-altText_${locale}-hint`)} lang={locale} rows={2} maxLength={1000} />
      <p id={`${idPrefix}-altText_${locale}-hint`} className="media-hint">
        {t("altTextHint")}
      </p>
      {fieldError(`altText_${locale}`)}
    </fieldset>
  );

  return (
    <form ref={formRef} onSubmit={submit} className="admin-form media-edit-form" noValidate aria-busy={pending}>
      <p role="status">{state.status === "saved" && !onSaved ? lib("saved") : null}</p>
      {state.status === "invalid" || state.status === "failed" ? (
        <p role="alert" className="form-error">
          {state.status === "invalid" ? form("fixErrors") : state.message}
        </p>
      ) : null}
      <p id={`${idPrefix}-caption-hint`} className="media-hint">
        {t("captionHint")}
      </p>
      <div className="media-languages">
        {language("en")}
        {language("ru")}
      </div>
      <label htmlFor={`${idPrefix}-credit`}>{t("credit")}</label>
      <input {...control("credit", `${idPrefix}-credit-hint`)} type="text" required autoComplete="off" />
      <p id={`${idPrefix}-credit-hint`} className="media-hint">
        {t("creditHint")}
      </p>
      {fieldError("credit")}
      <label htmlFor={`${idPrefix}-licence`}>{t("licence")}</label>
      <input {...control("licence", `${idPrefix}-licence-hint`)} type="text" required list={`${idPrefix}-licences`} autoComplete="off" />
      <datalist id={`${idPrefix}-licences`}>
        {licences.map((licence) => (
          <option key={licence} value={licence} />
        ))}
      </datalist>
      <p id={`${idPrefix}-licence-hint`} className="media-hint">
        {t("licenceHint")}
      </p>
      {fieldError("licence")}
      <label htmlFor={`${idPrefix}-sourceUrl`}>{t("sourceUrl")}</label>
      <input {...control("sourceUrl", `${idPrefix}-sourceUrl-hint`)} type="url" autoComplete="off" />
      <p id={`${idPrefix}-sourceUrl-hint`} className="media-hint">
        {t("sourceUrlHint")}
      </p>
      {fieldError("sourceUrl")}
      <button type="submit" disabled={pending}>
        {pending ? lib("saving") : lib("save")}
      </button>
    </form>
  );
}
