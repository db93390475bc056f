"use client";

import { useTranslations } from "next-intl";
import { EntryCombobox } from "@/components/ui/entry-combobox";
import { SourceCombobox } from "@/components/ui/source-combobox";
import { RELATION_TYPES } from "@/lib/content/relation-types";
import type { IncomingRelations } from "@/lib/data/relations/list-incoming-relations";
import type { EntryOption } from "@/lib/data/search/search-entry-options";
import type { SourceOption } from "@/lib/data/sources/source-option";
import type { RelationFormRow } from "@/lib/forms/entry-form";
import { useEditableRows } from "./entry-editable-rows";
import { EntryIncomingRelations } from "./entry-incoming-relations";
import { FieldError, fieldDescription } from "./field-error";
import { NoteInputs } from "./note-inputs";
import { useSourceReading } from "./use-source-reading";
import "./entry-links-editor.css";

const EMPTY_ROW: RelationFormRow = { type: "comparable_to", target: "", "note.en": "", "note.ru": "", source: "" };

export interface EntryRelationsEditorProps {
  initial: RelationFormRow[];
  /** The entry being edited, which cannot link to itself. */
  slug: string;
  /** The linked entries when the page opened, so their titles show without a search. */
  linked: EntryOption[];
  /** The sources the entry's links cite when the page opens, named without a search. */
  sources: SourceOption[];
  incoming: IncomingRelations;
  errors: Record<string, string>;
}

/** Links from this entry to others, one row each: type, entry (found on the server by title or slug), note, source. */
export function EntryRelationsEditor({ initial, slug, linked, sources, incoming, errors }: EntryRelationsEditorProps) {
  const t = useTranslations("entryEditor.relations");
  const types = useTranslations("relations");
  const { rows, add, remove, change, addButton, firstFieldOf } = useEditableRows(initial, EMPTY_ROW);
  const sourceReading = useSourceReading();
  const picker = useTranslations("sourcePicker");

  return (
    <fieldset className="links-editor">
      <legend>{t("legend")}</legend>
      <p className="hint" id="relations-hint">
        {t("hint")}
      </p>
      <p className="hint" id="relations-source-hint">
        {picker("linkHint")}
      </p>
      {rows.length === 0 ? <p>{t("empty")}</p> : null}
      {rows.map((row, index) => {
        const name = (field: keyof RelationFormRow) => `relations.${index}.${field}`;
        return (
          <fieldset key={row.id} className="link-row">
            <legend>{t("row", { number: index + 1 })}</legend>
            <div className="field">
              <label htmlFor={name("type")}>{t("type")}</label>
              <select
                id={name("type")}
                name={name("type")}
                ref={firstFieldOf(row.id)}
                value={row.values.type}
                onChange={(e) => change(row.id, "type", e.target.value)}
                {...fieldDescription(name("type"), errors)}
              >
                {RELATION_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {types(`${type}.outgoing`)}
                  </option>
                ))}
              </select>
              <FieldError name={name("type")} errors={errors} />
            </div>
            <div className="field">
              <label htmlFor={name("target")}>{t("target")}</label>
              <EntryCombobox
                id={name("target")}
                name={name("target")}
                scope="staff"
                exclude={slug ? [slug] : []}
                known={linked}
                value={row.values.target}
                onChange={(value) => change(row.id, "target", value)}
                reading={{ found: (title) => t("targetReads", { title }), unknown: t("targetUnknown") }}
                invalid={Boolean(errors[name("target")])}
                describedBy={fieldDescription(name("target"), errors, "relations-hint")["aria-describedby"]}
              />
              <FieldError name={name("target")} errors={errors} />
            </div>
            <NoteInputs
              name={`relations.${index}.note`}
              value={{ en: row.values["note.en"], ru: row.values["note.ru"] }}
              label={(locale) => t("note", { locale })}
              onChange={(locale, text) => change(row.id, `note.${locale}`, text)}
              errors={errors}
            />
            <div className="field">
              <label htmlFor={name("source")}>{t("source")}</label>
              <SourceCombobox
                id={name("source")}
                name={name("source")}
                known={sources}
                value={row.values.source}
                onChange={(value) => change(row.id, "source", value)}
                reading={sourceReading}
                invalid={Boolean(errors[name("source")])}
                describedBy={fieldDescription(name("source"), errors, "relations-source-hint")["aria-describedby"]}
              />
              <FieldError name={name("source")} errors={errors} />
            </div>
            <button type="button" className="remove-row" onClick={() => remove(row.id)}>
              {t("remove", { number: index + 1 })}
            </button>
          </fieldset>
        );
      })}
      <button type="button" ref={addButton} onClick={add}>
        {t("add")}
      </button>
      <EntryIncomingRelations incoming={incoming} />
    </fieldset>
  );
}
