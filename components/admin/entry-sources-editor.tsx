"use client";

import { useTranslations } from "next-intl";
import { Fragment } from "react";
import { SourceCombobox } from "@/components/ui/source-combobox";
import type { SourceOption } from "@/lib/data/sources/source-option";
import type { CitationFormRow } from "@/lib/forms/entry-form";
import { CITATION_FIELDS } from "@/lib/validation/source";
import { useEditableRows } from "./entry-editable-rows";
import { FieldError, fieldDescription } from "./field-error";
import { NoteInputs } from "./note-inputs";
import { SourceLanguageSelect } from "./source-language-select";
import { useSourceReading } from "./use-source-reading";
import "./entry-links-editor.css";

const EMPTY_ROW: CitationFormRow = {
  source: "",
  title: "",
  language: "",
  url: "",
  publisher: "",
  accessedOn: "",
  field: "",
  "note.en": "",
  "note.ru": "",
};
const NEW_SOURCE_FIELDS = [
  ["title", "text"],
  ["url", "url"],
  ["publisher", "text"],
  ["accessedOn", "date"],
] as const;

export interface EntrySourcesEditorProps {
  initial: CitationFormRow[];
  /** The sources the entry cites when the page opens, named without a search. */
  sources: SourceOption[];
  errors: Record<string, string>;
}

/** The sources behind the entry's facts, one citation a row: an existing source or a new one, and the fact it supports. */
export function EntrySourcesEditor({ initial, sources, errors }: EntrySourcesEditorProps) {
  const t = useTranslations("entryEditor.sources");
  const fields = useTranslations("sourceFields");
  const picker = useTranslations("sourcePicker");
  const { rows, add, remove, change, addButton, firstFieldOf } = useEditableRows(initial, EMPTY_ROW);
  const sourceReading = useSourceReading();

  return (
    <fieldset className="links-editor">
      <legend>{t("legend")}</legend>
      <p className="hint">{t("hint")}</p>
      <p className="hint" id="citations-source-hint">
        {picker("hint")}
      </p>
      {rows.length === 0 ? <p>{t("empty")}</p> : null}
      {rows.map((row, index) => {
        const name = (field: keyof CitationFormRow) => `citations.${index}.${field}`;
        return (
          <fieldset key={row.id} className="link-row">
            <legend>{t("row", { number: index + 1 })}</legend>
            <div className="field">
              <label htmlFor={name("source")}>{t("source")}</label>
              <SourceCombobox
                id={name("source")}
                name={name("source")}
                inputRef={firstFieldOf(row.id)}
                known={sources}
                value={row.values.source}
                onChange={(value) => change(row.id, "source", value)}
                reading={sourceReading}
                invalid={Boolean(errors[name("source")])}
                describedBy={fieldDescription(name("source"), errors, "citations-source-hint")["aria-describedby"]}
              />
              <FieldError name={name("source")} errors={errors} />
            </div>
            {row.values.source === "" ? (
              <div className="new-source">
                {NEW_SOURCE_FIELDS.map(([field, type]) => (
                  <Fragment key={field}>
                    <div className="field">
                      <label htmlFor={name(field)}>{t(field)}</label>
                      <input
                        id={name(field)}
                        name={name(field)}
                        type={type}
                        value={row.values[field]}
                        onChange={(e) => change(row.id, field, e.target.value)}
                        {...fieldDescription(name(field), errors)}
                      />
                      <FieldError name={name(field)} errors={errors} />
                    </div>
                    {field === "title" ? (
                      <SourceLanguageSelect
                        name={name("language")}
                        value={row.values.language}
                        onChange={(language) => change(row.id, "language", language)}
                        errors={errors}
                      />
                    ) : null}
                  </Fragment>
                ))}
              </div>
            ) : null}
            <div className="field">
              <label htmlFor={name("field")}>{t("field")}</label>
              <select
                id={name("field")}
                name={name("field")}
                value={row.values.field}
                onChange={(e) => change(row.id, "field", e.target.value)}
                {...fieldDescription(name("field"), errors)}
              >
                <option value="">{t("chooseField")}</option>
                {CITATION_FIELDS.map((field) => (
                  <option key={field} value={field}>
                    {fields(field)}
                  </option>
                ))}
              </select>
              <FieldError name={name("field")} errors={errors} />
            </div>
            <NoteInputs
              name={`citations.${index}.note`}
              value={{ en: row.values["note.en"], ru: row.values["note.ru"] }}
              label={(locale) => t("note", { locale })}
              onChange={(locale, text) => change(row.id, `note.${locale}`, text)}
              errors={errors}
            />
            <button type="button" className="remove-row" onClick={() => remove(row.id)}>
              {t("remove", { number: index + 1 })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" ref={addButton} onClick={add}>
        {t("add")}
      </button>
    </fieldset>
  );
}
