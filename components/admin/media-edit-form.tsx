"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, startTransition, useActionState, useEffect, useRef } from "react";
import { useRouter } from "@/i18n/navigation";
import { MEDIA_METADATA_FIELDS, type MediaMetadataField, mediaFieldErrors, mediaMetadataInput } from "@/lib/forms/media-form";
import { mediaMetadataSchema } from "@/lib/validation/media";
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

/** Edits an image's captions, credit, licence and source; checked with the upload's schema before it is sent. */
export function MediaEditForm({ mediaId, initial, licences }: { mediaId: string; initial: MediaEditValues; licences: readonly string[] }) {
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
      return { status: "saved", fieldErrors: {}, attempt };
    }
    const problem = (await response.json().catch(() => ({}))) as { detail?: string; errors?: { path: string; message: string }[] };
    if (response.status === 400 && problem.errors?.length) return { status: "invalid", fieldErrors: firstErrors(problem.errors), attempt };
    const message =
      response.status === 404
        ? lib("gone")
        : response.status === 401
          ? t("signedOut")
          : response.status === 403
            ? lib("forbidden")
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

  const errorId = (name: MediaMetadataField) => `media-edit-${name}-error`;
  const control = (name: MediaMetadataField, hintId?: string) => ({
    id: `media-edit-${name}`,
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
      <label htmlFor={`media-edit-caption_${locale}`}>{t(`caption_${locale}`)}</label>
      <textarea {...control(`caption_${locale}`, "media-edit-caption-hint")} lang={locale} rows={3} maxLength={1000} />
      {fieldError(`caption_${locale}`)}
      <label htmlFor={`media-edit-altText_${locale}`}>{t(`altText_${locale}`)}</label>
      <textarea {...control(`altText_${locale}`, `media-edit-altText_${locale}-hint`)} lang={locale} rows={2} maxLength={1000} />
      <p id={`media-edit-altText_${locale}-hint`} className="media-hint">
        {t("altTextHint")}
      </p>
      {fieldError(`altText_${locale}`)}
    </fieldset>
  );

  return (
    <form ref={formRef} onSubmit={submit} className="admin-form media-edit-form" noValidate aria-busy={pending}>
      <p role="status">{state.status === "saved" ? lib("saved") : null}</p>
      {state.status === "invalid" || state.status === "failed" ? (
        <p role="alert" className="form-error">
          {state.status === "invalid" ? form("fixErrors") : state.message}
        </p>
      ) : null}
      <p id="media-edit-caption-hint" className="media-hint">
        {t("captionHint")}
      </p>
      <div className="media-languages">
        {language("en")}
        {language("ru")}
      </div>
      <label htmlFor="media-edit-credit">{t("credit")}</label>
      <input {...control("credit", "media-edit-credit-hint")} type="text" required autoComplete="off" />
      <p id="media-edit-credit-hint" className="media-hint">
        {t("creditHint")}
      </p>
      {fieldError("credit")}
      <label htmlFor="media-edit-licence">{t("licence")}</label>
      <input {...control("licence", "media-edit-licence-hint")} type="text" required list="media-edit-licences" autoComplete="off" />
      <datalist id="media-edit-licences">
        {licences.map((licence) => (
          <option key={licence} value={licence} />
        ))}
      </datalist>
      <p id="media-edit-licence-hint" className="media-hint">
        {t("licenceHint")}
      </p>
      {fieldError("licence")}
      <label htmlFor="media-edit-sourceUrl">{t("sourceUrl")}</label>
      <input {...control("sourceUrl", "media-edit-sourceUrl-hint")} type="url" autoComplete="off" />
      <p id="media-edit-sourceUrl-hint" className="media-hint">
        {t("sourceUrlHint")}
      </p>
      {fieldError("sourceUrl")}
      <button type="submit" disabled={pending}>
        {pending ? lib("saving") : lib("save")}
      </button>
    </form>
  );
}
