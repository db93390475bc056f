"use client";

import { useTranslations } from "next-intl";
import { useActionState, useRef, useState } from "react";
import { FieldError, fieldDescription } from "@/components/admin/field-error";
import { type LocalDraftProps, withLocalDraft } from "@/components/admin/local-draft-keeper";
import { SaveOutcome } from "@/components/admin/save-outcome";
import { useCheckedSubmit } from "@/components/admin/use-checked-submit";
import { draftFormProps, type LocalDraftControl, useDraftClearedOnSave } from "@/components/admin/use-local-draft";
import { type SaveTourState, saveTourAction } from "@/lib/actions/tours/save-tour";
import { CONTENT_LOCALES } from "@/lib/content/locales";
import type { EntryOption } from "@/lib/data/search/search-entry-options";
import {
  emptyTourStep,
  readTourForm,
  type TourFormValues,
  type TourStepValue,
  tourFieldErrors,
  tourFormInput,
} from "@/lib/forms/tour-form";
import { tourEditSchema } from "@/lib/validation/tour";
import { useValidationText } from "@/lib/validation/use-validation-text";
import { TourStepFields } from "./tour-step-fields";
import "./tours.css";
import { useFocusFirstServerError } from "@/components/admin/use-focus-first-server-error";

export interface TourEditorProps extends LocalDraftProps {
  initial: TourFormValues;
  /** The entries the steps name when the page opens, named without a search. */
  known: EntryOption[];
}

let nextKey = 0;
const newKey = () => `new-${Date.now()}-${nextKey++}`;

/** Moves the step at `from` to `to`, the others keeping their order. */
function moved<T>(list: T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length || from === to) return list;
  const next = list.slice();
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

function TourEditorForm({ initial, known, draft }: TourEditorProps & { draft: LocalDraftControl<TourFormValues> }) {
  const t = useTranslations("tourEditor");
  const [state, action] = useActionState<SaveTourState, FormData>(saveTourAction, { status: "idle", values: initial, fieldErrors: {} });
  const values = state.values;
  useDraftClearedOnSave(draft, state);
  const expectedVersion = values.tourId ? String(Math.max(Number(initial.expectedVersion), Number(values.expectedVersion))) : "";
  const [steps, setSteps] = useState<TourStepValue[]>(values.steps);
  const [announcement, setAnnouncement] = useState("");
  const dragged = useRef<number | null>(null);

  const validation = useValidationText();
  const { clientErrors, submit } = useCheckedSubmit((form) => {
    const parsed = tourEditSchema.safeParse(tourFormInput(readTourForm(form)));
    return parsed.success ? null : tourFieldErrors(parsed.error, validation);
  }, action);
  const fieldErrors = clientErrors ?? state.fieldErrors;
  const invalid = clientErrors !== null || state.status === "invalid";

  const formRef = useFocusFirstServerError(state);

  function move(from: number, to: number) {
    if (to < 0 || to >= steps.length) return;
    setSteps((current) => moved(current, from, to));
    setAnnouncement(t("steps.movedTo", { from: from + 1, to: to + 1 }));
    // Keep the focus on the same button of the step that moved, so a keyboard user can press again.
    const which = to < from ? "up" : "down";
    requestAnimationFrame(() => document.getElementById(`step-${to}-move-${which}`)?.focus());
  }

  const input = (name: string, label: string, rows?: number) => (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {rows ? (
        <textarea id={name} name={name} rows={rows} defaultValue={values.fields[name] ?? ""} {...fieldDescription(name, fieldErrors)} />
      ) : (
        <input id={name} name={name} defaultValue={values.fields[name] ?? ""} {...fieldDescription(name, fieldErrors)} />
      )}
      <FieldError name={name} errors={fieldErrors} />
    </div>
  );

  return (
    <form {...draftFormProps(draft, formRef)} onSubmit={submit} className="entry-editor tour-editor" noValidate>
      <input type="hidden" name="tourId" value={values.tourId} />
      <input type="hidden" name="expectedVersion" value={expectedVersion} />
      <input type="hidden" name="savedSlug" value={values.savedSlug} />
      <input type="hidden" name="steps" value={JSON.stringify(steps)} />
      <SaveOutcome
        saved={state.status === "saved" ? t("saved", { version: state.version ?? 0 }) : null}
        proposed={state.status === "proposed"}
        invalid={invalid ? t("fixErrors") : null}
        refused={state.status === "conflict" ? t("conflict", { version: state.version ?? 0 }) : (state.message ?? null)}
      />

      {input("slug", t("fields.slug"))}
      <div className="field field-check">
        <input id="shared" name="shared" type="checkbox" defaultChecked={values.fields.shared === "on"} aria-describedby="shared-hint" />
        <label htmlFor="shared">{t("fields.shared")}</label>
        <p id="shared-hint" className="hint">
          {t("fields.sharedHint")}
        </p>
      </div>
      <div className="side-by-side">
        {CONTENT_LOCALES.map((textLocale) => (
          <div key={textLocale} lang={textLocale} className="language-column">
            {input(`${textLocale}.title`, t("fields.title", { language: textLocale }))}
            {input(`${textLocale}.introduction`, t("fields.introduction", { language: textLocale }), 4)}
          </div>
        ))}
      </div>

      <h2 id="steps-heading">{t("steps.heading")}</h2>
      <p className="hint">{t("steps.hint")}</p>
      <p role="status" className="sr-only">
        {announcement}
      </p>
      <ol className="tour-steps" aria-labelledby="steps-heading">
        {steps.map((step, index) => (
          <li
            key={step.key}
            className="tour-step"
            onDragOver={(event) => event.preventDefault()}
            onDrop={(event) => {
              event.preventDefault();
              if (dragged.current !== null) move(dragged.current, index);
              dragged.current = null;
            }}
          >
            <TourStepFields
              index={index}
              count={steps.length}
              step={step}
              known={known}
              errors={fieldErrors}
              onChange={(changed) => setSteps((current) => current.map((s, i) => (i === index ? changed : s)))}
              onMove={(to) => move(index, to)}
              onRemove={() => setSteps((current) => current.filter((_, i) => i !== index))}
              onDragStart={() => {
                dragged.current = index;
              }}
            />
          </li>
        ))}
      </ol>
      <div className="tour-add-steps">
        {(["entry", "article", "slide"] as const).map((kind) => (
          <button key={kind} type="button" onClick={() => setSteps((current) => [...current, emptyTourStep(kind, newKey())])}>
            {t(`steps.add.${kind}`)}
          </button>
        ))}
      </div>
      <p>
        <button type="submit" className="primary">
          {t("save")}
        </button>
      </p>
    </form>
  );
}

/** The tour editor, with its unsaved work kept in this browser and offered back when it opens again. */
export const TourEditor = withLocalDraft("tour", readTourForm, (values) => values.tourId, TourEditorForm);
