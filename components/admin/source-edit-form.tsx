"use client";

import { useTranslations } from "next-intl";
import { Fragment, useActionState, useState } from "react";
import { saveSourceAction } from "@/lib/actions/sources/save-source";
import type { SaveSourceState } from "@/lib/actions/sources/save-source-state";
import { readSourceForm, type SourceFormValues, sourceFieldErrors, sourceFormInput } from "@/lib/forms/source-form";
import { sourceEditSchema } from "@/lib/validation/source";
import { useValidationText } from "@/lib/validation/use-validation-text";
import { FieldError, fieldDescription } from "./field-error";
import { NoteInputs } from "./note-inputs";
import { SaveOutcome } from "./save-outcome";
import { SourceLanguageSelect } from "./source-language-select";
import { useCheckedSubmit } from "./use-checked-submit";

const TEXT_FIELDS = [
  ["title", "text"],
  ["url", "url"],
  ["publisher", "text"],
  ["accessedOn", "date"],
] as const;

/** Edits what is recorded about one source; checked with the server's schema before it is sent. */
export function SourceEditForm({ sourceKey, initial }: { sourceKey: string; initial: SourceFormValues }) {
  const t = useTranslations("sourceAdmin.form");
  const validation = useValidationText();
  const [state, action, pending] = useActionState<SaveSourceState, FormData>(saveSourceAction, {
    status: "idle",
    values: initial,
    fieldErrors: {},
  });
  const [language, setLanguage] = useState(initial.language);
  const [note, setNote] = useState({ en: initial["note.en"], ru: initial["note.ru"] });
  const { clientErrors, submit } = useCheckedSubmit((form) => {
    const parsed = sourceEditSchema.safeParse(sourceFormInput(readSourceForm(form)));
    return parsed.success ? null : sourceFieldErrors(parsed.error, validation);
  }, action);
  const errors = clientErrors ?? state.fieldErrors;
  const invalid = clientErrors !== null || state.status === "invalid";
  // A save starts the fields again from what was stored (trimmed, blanks as nothing).
  const values = state.values;

  return (
    <form onSubmit={submit} className="source-edit-form" noValidate key={state.status === "saved" ? JSON.stringify(values) : "typed"}>
      <input type="hidden" name="key" value={sourceKey} />
      <SaveOutcome
        saved={state.status === "saved" ? t("saved") : null}
        invalid={invalid ? t("fixErrors") : null}
        refused={state.message ?? null}
      />
      {TEXT_FIELDS.map(([name, type]) => (
        <Fragment key={name}>
          <div className="field">
            <label htmlFor={name}>{t(name)}</label>
            <input id={name} name={name} type={type} defaultValue={values[name]} {...fieldDescription(name, errors)} />
            <FieldError name={name} errors={errors} />
          </div>
          {name === "title" ? <SourceLanguageSelect name="language" value={language} onChange={setLanguage} errors={errors} /> : null}
        </Fragment>
      ))}
      <NoteInputs
        name="note"
        value={note}
        label={(locale) => t("note", { locale })}
        onChange={(locale, text) => setNote((current) => ({ ...current, [locale]: text }))}
        errors={errors}
      />
      <button type="submit" disabled={pending}>
        {t("save")}
      </button>
    </form>
  );
}
