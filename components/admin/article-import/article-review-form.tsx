"use client";

import { useTranslations } from "next-intl";
import { type FormEvent, useActionState, useMemo, useState } from "react";
import { useFocusFirstServerError } from "@/components/admin/use-focus-first-server-error";
import { type ArticleImportState, createImportDraftsAction } from "@/lib/actions/article-imports/create-import-drafts";
import type { ArticleAnalysis } from "@/lib/article-import/analysis-schema";
import { articleImportDecisionsSchema } from "@/lib/article-import/review-decisions";
import { initialDecisions } from "@/lib/article-import/review-initial-decisions";
import { entryTitlesOf } from "@/lib/article-import/review-titles";
import { fieldErrors } from "@/lib/forms/field-errors";
import { useValidationText } from "@/lib/validation/use-validation-text";
import { ImportItemReview } from "./import-item-review";
import { ImportOutcome } from "./import-outcome";
import { ImportedArticleFields } from "./imported-article-fields";

const INITIAL: ArticleImportState = { status: "idle", fieldErrors: {} };

/**
 * The proposals of an analysed page, decided one by one, the article's own fields, and Create drafts.
 * Every value stays in the browser until the action has written it, so a refusal loses nothing; the
 * same schema checks the decisions here and in the action.
 */
export function ArticleReviewForm({ analysis }: { analysis: ArticleAnalysis }) {
  const t = useTranslations("articleImport");
  const validation = useValidationText();
  const [form, setForm] = useState(() => initialDecisions(analysis));
  const [checked, setChecked] = useState<Record<string, string>>({});
  const [state, dispatch, pending] = useActionState(createImportDraftsAction, INITIAL);
  const formRef = useFocusFirstServerError(state);
  const titles = useMemo(() => entryTitlesOf(analysis), [analysis]);
  const titleOf = (slug: string) => titles.get(slug) ?? slug;
  const errors = { ...state.fieldErrors, ...checked };

  function check(event: FormEvent<HTMLFormElement>) {
    const parsed = articleImportDecisionsSchema.safeParse(form);
    if (parsed.success) {
      setChecked({});
      return;
    }
    event.preventDefault();
    const found = fieldErrors(parsed.error, validation);
    setChecked(found);
    const first = Object.keys(found)[0];
    // The field may only appear once its proposal opens for editing: focus it after that render.
    if (first) requestAnimationFrame(() => (formRef.current?.elements.namedItem(first) as HTMLElement | null)?.focus());
  }

  return (
    <form ref={formRef} action={dispatch} onSubmit={check} noValidate className="article-review-form">
      <input type="hidden" name="decisions" value={JSON.stringify(form)} />
      <h2>{t("review.heading")}</h2>
      {analysis.items.length === 0 ? <p>{t("review.noItems")}</p> : null}
      {analysis.items.map((item, index) => (
        <ImportItemReview
          key={item.key}
          item={item}
          form={form.items[index]!}
          index={index}
          titleOf={titleOf}
          errors={errors}
          onChange={(changed) => setForm((current) => ({ ...current, items: current.items.map((it, k) => (k === index ? changed : it)) }))}
        />
      ))}
      <ImportedArticleFields
        article={form.article}
        errors={errors}
        onChange={(article) => setForm((current) => ({ ...current, article }))}
      />
      {Object.keys(errors).length > 0 ? (
        <p role="alert" className="field-error">
          {t("fixErrors")}
        </p>
      ) : state.message ? (
        <p role="alert">{state.message}</p>
      ) : null}
      <button type="submit" disabled={pending}>
        {pending ? t("creating") : t("create")}
      </button>
      {state.status === "created" && state.outcome ? <ImportOutcome outcome={state.outcome} titleOf={titleOf} /> : null}
    </form>
  );
}
