"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { previewArticleBodyAction } from "@/lib/actions/articles/preview-article-body";
import { type SaveArticleState, saveArticleAction } from "@/lib/actions/articles/save-article";
import { CONTENT_LOCALES, type ContentLocale } from "@/lib/content/locales";
import type { EntryOption } from "@/lib/data/search/search-entry-options";
import { type ArticleFormValues, articleFieldErrors, articleFormInput, readArticleForm } from "@/lib/forms/article-form";
import { articleEditSchema } from "@/lib/validation/article-edit";
import { useValidationText } from "@/lib/validation/use-validation-text";
import { ArticleBodyPreview } from "./article-body-preview";
import { ArticleMentionsField } from "./article-mentions-field";
import { FieldChangesTable } from "./field-changes-table";
import { FieldError, fieldDescription } from "./field-error";
import { HistoricalDateField } from "./historical-date-field";
import { SaveOutcome } from "./save-outcome";
import { SlugAssistant } from "./slug-assistant";
import { useCheckedSubmit } from "./use-checked-submit";
import { useRecordSave } from "./use-record-save";
import "./article-editor.css";
import { type LocalDraftProps, withLocalDraft } from "./local-draft-keeper";
import { useFocusFirstServerError } from "./use-focus-first-server-error";
import { draftFormProps, type LocalDraftControl } from "./use-local-draft";

export interface ArticleEditorProps extends LocalDraftProps {
  initial: ArticleFormValues;
  /** The stored (sanitized) bodies per language, for the preview of a saved article. */
  storedBodies: Partial<Record<ContentLocale, string>>;
  /** The entries mentioned when the page opened, named without a search. */
  mentioned: EntryOption[];
}

function ArticleEditorForm({
  initial,
  storedBodies,
  mentioned,
  draft,
}: ArticleEditorProps & { draft: LocalDraftControl<ArticleFormValues> }) {
  const t = useTranslations("articleEditor");
  const locale = useLocale();
  const { state, action, pending, values, expectedVersion } = useRecordSave<ArticleFormValues, SaveArticleState>(
    saveArticleAction,
    initial,
    draft,
    (v) => v.articleId !== "",
  );
  const [bodies, setBodies] = useState(() => Object.fromEntries(CONTENT_LOCALES.map((l) => [l, values.fields[`${l}.body`] ?? ""])));
  // Previews asked for since the last save; after a save the page passes the stored bodies again.
  const [asked, setAsked] = useState<{ after: SaveArticleState; html: Partial<Record<ContentLocale, string>> }>({ after: state, html: {} });
  const [previewing, startPreview] = useTransition();
  const previews = asked.after === state ? asked.html : {};

  const validation = useValidationText();

  function preview(textLocale: ContentLocale) {
    startPreview(async () => {
      const html = await previewArticleBodyAction(bodies[textLocale] ?? "");
      setAsked((current) => ({ after: state, html: { ...(current.after === state ? current.html : {}), [textLocale]: html } }));
    });
  }

  const { clientErrors, submit } = useCheckedSubmit((form) => {
    const parsed = articleEditSchema.safeParse(articleFormInput(readArticleForm(form)));
    return parsed.success ? null : articleFieldErrors(parsed.error, validation);
  }, action);
  const fieldErrors = clientErrors ?? state.fieldErrors;
  const invalid = clientErrors !== null || state.status === "invalid";

  const formRef = useFocusFirstServerError(state);

  const input = (name: string, label: string, props: { hint?: string; rows?: number; inputMode?: "url" } = {}) => (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {props.rows ? (
        <textarea
          id={name}
          name={name}
          defaultValue={values.fields[name] ?? ""}
          rows={props.rows}
          {...fieldDescription(name, fieldErrors, props.hint)}
        />
      ) : (
        <input
          id={name}
          name={name}
          inputMode={props.inputMode}
          defaultValue={values.fields[name] ?? ""}
          {...fieldDescription(name, fieldErrors, props.hint)}
        />
      )}
      <FieldError name={name} errors={fieldErrors} />
    </div>
  );

  return (
    <form {...draftFormProps(draft, formRef)} onSubmit={submit} className="entry-editor article-editor" noValidate>
      <input type="hidden" name="articleId" value={values.articleId} />
      <input type="hidden" name="expectedVersion" value={expectedVersion} />
      <input type="hidden" name="savedSlug" value={values.savedSlug} />
      <SaveOutcome
        saved={state.status === "saved" ? t("saved", { version: state.version ?? 0 }) : null}
        proposed={state.status === "proposed"}
        invalid={invalid ? t("fixErrors") : null}
        refused={state.message ?? null}
      />
      {state.status === "conflict" ? (
        <div role="alert" className="conflict">
          <p>{t("conflict", { version: state.version ?? 0 })}</p>
          <FieldChangesTable
            changes={state.changes ?? []}
            caption={t("conflictChanges")}
            beforeLabel={t("conflictBefore")}
            afterLabel={t("conflictNow")}
          />
        </div>
      ) : null}

      <div className="field-row">
        {input("slug", t("fields.slug"), { hint: "slug-hint" })}
        {input("publisher", t("fields.publisher"))}
      </div>
      <p id="slug-hint" className="hint">
        {t("fields.slugHint")}
      </p>
      <SlugAssistant type="article" recordId={values.articleId || null} />
      {input("originalTitle", t("fields.originalTitle"), { hint: "originalTitle-hint" })}
      <p id="originalTitle-hint" className="hint">
        {t("fields.originalTitleHint")}
      </p>
      {input("originalUrl", t("fields.originalUrl"), { hint: "originalUrl-hint", inputMode: "url" })}
      <p id="originalUrl-hint" className="hint">
        {t("fields.originalUrlHint")}
      </p>

      <div className="field-row">
        <HistoricalDateField
          name="publishedDate"
          label={t("fields.publishedDate")}
          hint={t("fields.publishedDateHint")}
          initial={values.fields.publishedDate ?? ""}
          fieldErrors={fieldErrors}
          readsAs={(label) => t("fields.datePreview", { label })}
        />
        <div className="field">
          <label htmlFor="language">{t("fields.language")}</label>
          <select
            id="language"
            name="language"
            defaultValue={values.fields.language || "en"}
            {...fieldDescription("language", fieldErrors)}
          >
            {CONTENT_LOCALES.map((l) => (
              <option key={l} value={l}>
                {t(`languages.${l}`)}
              </option>
            ))}
          </select>
          <FieldError name="language" errors={fieldErrors} />
        </div>
      </div>

      <fieldset>
        <legend>{t("fields.text")}</legend>
        <p className="hint">{t("fields.bodyHint")}</p>
        <div className="side-by-side">
          {CONTENT_LOCALES.map((textLocale) => {
            const language = t(`languages.${textLocale}`);
            const bodyName = `${textLocale}.body`;
            return (
              <div key={textLocale} lang={textLocale} className="language-column">
                <h3 lang={locale}>{language}</h3>
                {input(`${textLocale}.title`, `${t("fields.title")} (${textLocale})`)}
                {input(`${textLocale}.excerpt`, `${t("fields.excerpt")} (${textLocale})`, { rows: 3 })}
                <div className="field">
                  <label htmlFor={bodyName}>{`${t("fields.body")} (${textLocale})`}</label>
                  <textarea
                    id={bodyName}
                    name={bodyName}
                    rows={12}
                    value={bodies[textLocale] ?? ""}
                    onChange={(event) => {
                      const body = event.target.value;
                      setBodies((current) => ({ ...current, [textLocale]: body }));
                    }}
                    {...fieldDescription(bodyName, fieldErrors)}
                  />
                  <FieldError name={bodyName} errors={fieldErrors} />
                </div>
                <ArticleBodyPreview
                  html={previews[textLocale] ?? storedBodies[textLocale] ?? null}
                  language={language}
                  uiLocale={locale}
                  textLocale={textLocale}
                  pending={previewing}
                  onPreview={() => preview(textLocale)}
                />
              </div>
            );
          })}
        </div>
      </fieldset>

      <ArticleMentionsField initial={values.mentions} mentioned={mentioned} errors={fieldErrors} />

      <button type="submit" disabled={pending}>
        {t("save")}
      </button>
    </form>
  );
}

/** The article editor, with its unsaved work kept in this browser and offered back when it opens again. */
export const ArticleEditor = withLocalDraft("article", readArticleForm, (values) => values.articleId, ArticleEditorForm);
