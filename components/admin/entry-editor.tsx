"use client";

import dynamic from "next/dynamic";
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { type SaveEntryState, saveEntryAction } from "@/lib/actions/entries/save-entry";
import { ENTRY_KINDS } from "@/lib/content/entry-kinds";
import { CONTENT_LOCALES } from "@/lib/content/locales";
import type { IncomingRelations } from "@/lib/data/relations/list-incoming-relations";
import type { EntryOption } from "@/lib/data/search/search-entry-options";
import type { SourceOption } from "@/lib/data/sources/source-option";
import { ENTRY_TEXT_FIELDS, type EntryFormValues, entryFieldErrors, entryFormInput, readEntryForm } from "@/lib/forms/entry-form";
import { diffSnapshots } from "@/lib/revisions/diff-snapshots";
import { snapshotForDiff } from "@/lib/revisions/entry-snapshot";
import { entryEditSchema } from "@/lib/validation/entry-edit";
import { useValidationText } from "@/lib/validation/use-validation-text";
import { EntryRelationsEditor } from "./entry-relations-editor";
import { EntrySourcesEditor } from "./entry-sources-editor";
import { FieldError, fieldDescription } from "./field-error";
import { HistoricalDateField } from "./historical-date-field";
import { type LocalDraftProps, withLocalDraft } from "./local-draft-keeper";
import { SaveOutcome } from "./save-outcome";
import { SlugAssistant } from "./slug-assistant";
import { useCheckedSubmit } from "./use-checked-submit";
import { useFieldLabel } from "./use-field-label";
import { draftFormProps, type LocalDraftControl } from "./use-local-draft";
import { useRecordSave } from "./use-record-save";

const LocationPicker = dynamic(() => import("./location-picker"), { ssr: false });

const MULTILINE = new Set(["aliases", "summary", "description", "locationNote"]);

export interface EntryEditorProps extends LocalDraftProps {
  initial: EntryFormValues;
  /** The entries this one links to, named without a search. */
  linked: EntryOption[];
  /** The sources the entry cites, named without a search; the pickers find any other on the server. */
  sources: SourceOption[];
  /** Links other entries make to this one, shown read-only. */
  incoming: IncomingRelations;
}

function EntryEditorForm({ initial, linked, sources, incoming, draft }: EntryEditorProps & { draft: LocalDraftControl<EntryFormValues> }) {
  const t = useTranslations("entryEditor");
  const kinds = useTranslations("kinds");
  const locale = useLocale();
  const { state, action, pending, values, expectedVersion } = useRecordSave<EntryFormValues, SaveEntryState>(
    saveEntryAction,
    initial,
    draft,
    (v) => v.entryId !== "",
  );
  const [latitude, setLatitude] = useState(values.fields.latitude ?? "");
  const [longitude, setLongitude] = useState(values.fields.longitude ?? "");
  const [country, setCountry] = useState(values.fields.countryCode ?? "");

  const validation = useValidationText();
  const fieldLabel = useFieldLabel();

  const { clientErrors, submit } = useCheckedSubmit((form) => {
    const parsed = entryEditSchema.safeParse(entryFormInput(readEntryForm(form)));
    return parsed.success ? null : entryFieldErrors(parsed.error, validation);
  }, action);
  const fieldErrors = clientErrors ?? state.fieldErrors;
  const invalid = clientErrors !== null || state.status === "invalid";

  const input = (name: string, label: string, props: { type?: string; hint?: string; multiline?: boolean } = {}) => (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {props.multiline ? (
        <textarea
          id={name}
          name={name}
          defaultValue={values.fields[name] ?? ""}
          rows={name.endsWith("description") ? 6 : 3}
          {...fieldDescription(name, fieldErrors)}
        />
      ) : (
        <input
          id={name}
          name={name}
          type={props.type ?? "text"}
          defaultValue={values.fields[name] ?? ""}
          {...fieldDescription(name, fieldErrors, props.hint)}
        />
      )}
      <FieldError name={name} errors={fieldErrors} />
    </div>
  );

  const conflictChanges = state.conflict
    ? diffSnapshots(null, snapshotForDiff(state.conflict.current)).filter(
        (c) => /^(translations|relations|sources)\./.test(c.field) || ["date", "latitude", "longitude", "slug"].includes(c.field),
      )
    : [];
  // The rows start again from what was saved (new sources now have keys); otherwise they keep what was typed.
  const rowsKey = state.status === "saved" ? `saved-${state.version}` : "typed";

  return (
    <form {...draftFormProps(draft)} onSubmit={submit} className="entry-editor" noValidate>
      <input type="hidden" name="entryId" value={values.entryId} />
      <input type="hidden" name="expectedVersion" value={expectedVersion} />
      <SaveOutcome
        saved={state.status === "saved" ? t("saved", { version: state.version ?? 0 }) : null}
        proposed={state.status === "proposed"}
        invalid={invalid ? t("fixErrors") : null}
        refused={state.message ?? null}
      />
      {state.status === "conflict" ? (
        <div role="alert" className="conflict">
          <p>{t("conflict", { version: state.conflict?.currentVersion ?? 0 })}</p>
          <details open>
            <summary>{t("conflictCurrent")}</summary>
            <dl>
              {conflictChanges.map((change) => (
                <div key={change.field}>
                  <dt>{fieldLabel(change.field)}</dt>
                  <dd>{change.after}</dd>
                </div>
              ))}
            </dl>
          </details>
        </div>
      ) : null}

      <div className="field-row">
        <div className="field">
          <label htmlFor="kind">{t("fields.kind")}</label>
          <select id="kind" name="kind" defaultValue={values.fields.kind || "memorial"}>
            {ENTRY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kinds(kind)}
              </option>
            ))}
          </select>
        </div>
        {input("slug", t("fields.slug"), { hint: "slug-hint" })}
      </div>
      <p id="slug-hint" className="hint">
        {t("fields.slugHint")}
      </p>
      <SlugAssistant type="entry" recordId={values.entryId || null} />

      <HistoricalDateField
        name="date"
        label={t("fields.date")}
        hint={t("fields.dateHint")}
        initial={values.fields.date ?? ""}
        fieldErrors={fieldErrors}
        readsAs={(label) => t("fields.datePreview", { label })}
      />

      {/* The country field stays uncontrolled; the map picker checks the point against what it holds. */}
      <fieldset onChange={({ target }) => target instanceof HTMLInputElement && target.name === "countryCode" && setCountry(target.value)}>
        <legend>{t("fields.place")}</legend>
        <p className="hint">{t("fields.pickHint")}</p>
        <LocationPicker
          latitude={latitude === "" ? null : Number(latitude)}
          longitude={longitude === "" ? null : Number(longitude)}
          country={country}
          label={t("fields.pickHint")}
          onPick={(lat, lon) => {
            setLatitude(String(lat));
            setLongitude(String(lon));
          }}
        />
        <div className="field-row">
          {(["latitude", "longitude"] as const).map((name) => (
            <div className="field" key={name}>
              <label htmlFor={name}>{t(`fields.${name}`)}</label>
              <input
                id={name}
                name={name}
                inputMode="decimal"
                value={name === "latitude" ? latitude : longitude}
                onChange={(event) => (name === "latitude" ? setLatitude : setLongitude)(event.target.value)}
                {...fieldDescription(name, fieldErrors)}
              />
              <FieldError name={name} errors={fieldErrors} />
            </div>
          ))}
          <div className="field">
            <label htmlFor="locationPrecision">{t("fields.precision")}</label>
            <select id="locationPrecision" name="locationPrecision" defaultValue={values.fields.locationPrecision || "exact"}>
              {(["exact", "approximate", "area"] as const).map((p) => (
                <option key={p} value={p}>
                  {t(`fields.precisions.${p}`)}
                </option>
              ))}
            </select>
          </div>
          {input("countryCode", t("fields.country"))}
          {input("wikidataId", t("fields.wikidata"))}
        </div>
      </fieldset>

      <fieldset>
        <legend>{t("fields.text")}</legend>
        <div className="side-by-side">
          {CONTENT_LOCALES.map((textLocale) => (
            <div key={textLocale} lang={textLocale} className="language-column">
              <h3 lang={locale}>{t(textLocale === "en" ? "fields.english" : "fields.russian")}</h3>
              {ENTRY_TEXT_FIELDS.map((name) =>
                input(`${textLocale}.${name}`, `${t(`fields.${name}`)} (${textLocale})`, { multiline: MULTILINE.has(name) }),
              )}
            </div>
          ))}
        </div>
      </fieldset>

      <EntryRelationsEditor
        key={`relations-${rowsKey}`}
        initial={values.relations}
        slug={values.fields.slug ?? ""}
        linked={linked}
        sources={sources}
        incoming={incoming}
        errors={fieldErrors}
      />
      <EntrySourcesEditor key={`sources-${rowsKey}`} initial={values.citations} sources={sources} errors={fieldErrors} />

      <button type="submit" disabled={pending}>
        {t("save")}
      </button>
    </form>
  );
}

/** The entry editor, with its unsaved work kept in this browser and offered back when it opens again. */
export const EntryEditor = withLocalDraft("entry", readEntryForm, (values) => values.entryId, EntryEditorForm);
