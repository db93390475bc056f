"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { FieldError, fieldDescription } from "@/components/admin/field-error";
import { EntryCombobox } from "@/components/ui/entry-combobox";
import { CONTENT_LOCALES } from "@/lib/content/locales";
import type { EntryOption } from "@/lib/data/search/search-entry-options";
import { TOUR_STEP_PLACE_FIELDS, TOUR_STEP_TEXT_FIELDS, type TourStepValue } from "@/lib/forms/tour-form";
import { TOUR_STEP_KINDS, type TourStepKind } from "@/lib/validation/tour";
import { stepViewFromExplorerLink } from "./explorer-view";

interface TourStepFieldsProps {
  index: number;
  count: number;
  step: TourStepValue;
  known: readonly EntryOption[];
  errors: Record<string, string>;
  onChange: (step: TourStepValue) => void;
  onMove: (to: number) => void;
  onRemove: () => void;
  onDragStart: () => void;
}

/** One step of the tour editor: what it shows, the teacher's texts, and the map view and timeline window. */
export function TourStepFields({ index, count, step, known, errors, onChange, onMove, onRemove, onDragStart }: TourStepFieldsProps) {
  const t = useTranslations("tourEditor.steps");
  const [link, setLink] = useState("");
  const [linkError, setLinkError] = useState(false);
  const id = (field: string) => `steps.${index}.${field}`;
  const number = index + 1;

  function applyExplorerLink() {
    const view = stepViewFromExplorerLink(link, window.location.origin);
    setLinkError(view === null);
    if (view) onChange({ ...step, ...view });
  }

  const textField = (name: string, label: string, value: string, set: (value: string) => void, rows?: number) => (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {rows ? (
        <textarea id={name} rows={rows} value={value} onChange={(e) => set(e.target.value)} {...fieldDescription(name, errors)} />
      ) : (
        <input id={name} value={value} onChange={(e) => set(e.target.value)} {...fieldDescription(name, errors)} />
      )}
      <FieldError name={name} errors={errors} />
    </div>
  );

  return (
    <fieldset>
      <legend>
        <span
          className="drag-handle"
          draggable
          onDragStart={(event) => {
            event.dataTransfer.effectAllowed = "move";
            event.dataTransfer.setData("text/plain", String(index));
            onDragStart();
          }}
          title={t("dragHint")}
          aria-hidden="true"
        >
          ⠿
        </span>{" "}
        {t("legend", { number })}
      </legend>
      <div className="tour-step-tools">
        <button type="button" id={`step-${index}-move-up`} onClick={() => onMove(index - 1)} disabled={index === 0}>
          {t("moveUp", { number })}
        </button>
        <button type="button" id={`step-${index}-move-down`} onClick={() => onMove(index + 1)} disabled={index === count - 1}>
          {t("moveDown", { number })}
        </button>
        <button type="button" onClick={onRemove}>
          {t("remove", { number })}
        </button>
      </div>
      <div className="field">
        <label htmlFor={id("kind")}>{t("kind")}</label>
        <select id={id("kind")} value={step.kind} onChange={(e) => onChange({ ...step, kind: e.target.value as TourStepKind })}>
          {TOUR_STEP_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`kinds.${kind}`)}
            </option>
          ))}
        </select>
      </div>
      {step.kind === "entry" ? (
        <div className="field">
          <label htmlFor={id("entrySlug")}>{t("entry")}</label>
          <EntryCombobox
            id={id("entrySlug")}
            scope="public"
            value={step.entrySlug}
            onChange={(entrySlug) => onChange({ ...step, entrySlug })}
            known={known}
            invalid={Boolean(errors[id("entrySlug")])}
            describedBy={errors[id("entrySlug")] ? `${id("entrySlug")}-error` : undefined}
          />
          <FieldError name={id("entrySlug")} errors={errors} />
        </div>
      ) : null}
      {step.kind === "article"
        ? textField(id("articleSlug"), t("article"), step.articleSlug, (articleSlug) => onChange({ ...step, articleSlug }))
        : null}
      <div className="side-by-side">
        {CONTENT_LOCALES.map((locale) => (
          <div key={locale} lang={locale} className="language-column">
            {TOUR_STEP_TEXT_FIELDS.map((field) =>
              textField(
                id(`${locale}.${field}`),
                t(`texts.${field}`, { language: locale }),
                step.texts[locale][field],
                (value) => onChange({ ...step, texts: { ...step.texts, [locale]: { ...step.texts[locale], [field]: value } } }),
                field === "narrative" ? 4 : undefined,
              ),
            )}
          </div>
        ))}
      </div>
      <div className="field">
        <label htmlFor={`step-${index}-link`}>{t("explorerLink")}</label>
        <input
          id={`step-${index}-link`}
          value={link}
          inputMode="url"
          onChange={(e) => setLink(e.target.value)}
          aria-describedby={`step-${index}-link-hint`}
          aria-invalid={linkError}
        />
        <p id={`step-${index}-link-hint`} className="hint">
          {linkError ? t("explorerLinkUnreadable") : t("explorerLinkHint")}
        </p>
        <button type="button" onClick={applyExplorerLink}>
          {t("useExplorerView", { number })}
        </button>
      </div>
      <div className="field-row">
        {TOUR_STEP_PLACE_FIELDS.map((field) =>
          textField(id(field), t(`place.${field}`), step[field], (value) => onChange({ ...step, [field]: value })),
        )}
      </div>
    </fieldset>
  );
}
