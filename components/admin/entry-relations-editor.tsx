"use client";

import { useTranslations } from "next-intl";
import { useMemo } from "react";
import { RELATION_TYPES } from "@/lib/content/relation-types";
import type { EntryOption } from "@/lib/data/entries/list-entry-options";
import type { IncomingRelation } from "@/lib/data/relations/list-incoming-relations";
import type { SourceOption } from "@/lib/data/sources/list-source-options";
import type { RelationFormRow } from "@/lib/forms/entry-form";
import { useEditableRows } from "./entry-editable-rows";
import { EntryIncomingRelations } from "./entry-incoming-relations";
import { FieldError, fieldDescription } from "./field-error";
import "./entry-links-editor.css";

const EMPTY_ROW: RelationFormRow = { type: "comparable_to", target: "", note: "", source: "" };

export interface EntryRelationsEditorProps {
  initial: RelationFormRow[];
  /** The entry being edited, which cannot link to itself. */
  slug: string;
  entries: EntryOption[];
  sources: SourceOption[];
  incoming: IncomingRelation[];
  errors: Record<string, string>;
}

/** Links from this entry to others, one row each: type, entry (searchable by title or slug), note, source. */
export function EntryRelationsEditor({ initial, slug, entries, sources, incoming, errors }: EntryRelationsEditorProps) {
  const t = useTranslations("entryEditor.relations");
  const types = useTranslations("relations");
  const { rows, add, remove, change, addButton, firstFieldOf } = useEditableRows(initial, EMPTY_ROW);
  const titleOf = useMemo(() => new Map(entries.map((e) => [e.slug, e.title])), [entries]);

  return (
    <fieldset className="links-editor">
      <legend>{t("legend")}</legend>
      <p className="hint" id="relations-hint">
        {t("hint")}
      </p>
      <datalist id="entry-options">
        {entries
          .filter((e) => e.slug !== slug)
          .map((e) => (
            <option key={e.slug} value={e.slug} label={e.title} />
          ))}
      </datalist>
      {rows.length === 0 ? <p>{t("empty")}</p> : null}
      {rows.map((row, index) => {
        const name = (field: keyof RelationFormRow) => `relations.${index}.${field}`;
        const target = row.values.target.trim();
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
              <input
                id={name("target")}
                name={name("target")}
                list="entry-options"
                autoComplete="off"
                value={row.values.target}
                onChange={(e) => change(row.id, "target", e.target.value)}
                {...fieldDescription(name("target"), errors, "relations-hint", `${name("target")}-reads`)}
              />
              <p id={`${name("target")}-reads`} className="hint" aria-live="polite">
                {target ? (titleOf.has(target) ? t("targetReads", { title: titleOf.get(target)! }) : t("targetUnknown")) : null}
              </p>
              <FieldError name={name("target")} errors={errors} />
            </div>
            <div className="field">
              <label htmlFor={name("note")}>{t("note")}</label>
              <input
                id={name("note")}
                name={name("note")}
                value={row.values.note}
                onChange={(e) => change(row.id, "note", e.target.value)}
                {...fieldDescription(name("note"), errors)}
              />
              <FieldError name={name("note")} errors={errors} />
            </div>
            <div className="field">
              <label htmlFor={name("source")}>{t("source")}</label>
              <select
                id={name("source")}
                name={name("source")}
                value={row.values.source}
                onChange={(e) => change(row.id, "source", e.target.value)}
                {...fieldDescription(name("source"), errors)}
              >
                <option value="">{t("noSource")}</option>
                {sources.map((s) => (
                  <option key={s.key} value={s.key}>
                    {s.publisher ? `${s.title} · ${s.publisher}` : s.title}
                  </option>
                ))}
              </select>
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
      <EntryIncomingRelations relations={incoming} />
    </fieldset>
  );
}
