"use client";

import { useTranslations } from "next-intl";
import type { PresentedStep } from "./presentation-steps";
import { PresenterClock } from "./presenter-clock";
import { useTourPresentationState } from "./tour-presentation-state";
import "./presenter-view.css";

export interface PresenterViewProps {
  slug: string;
  title: string;
  steps: PresentedStep[];
  /** 0-based, from the address. */
  initialIndex: number;
  locale: string;
}

/**
 * The teacher's own screen while the tour is projected from another window: the current step's
 * narrative and question, the next step's title, a clock, and the controls. Both windows move
 * together whichever is used (the presenter channel). No map or timeline here: the projection has them.
 */
export function PresenterView({ slug, title, steps, initialIndex, locale }: PresenterViewProps) {
  const t = useTranslations("presenter");
  const present = useTranslations("tourPresent");
  // Esc here does nothing: it must not end the projected presentation by accident.
  const { index, go } = useTourPresentationState({ slug, total: steps.length, initialIndex });
  const step = steps[index];
  const next = steps[index + 1];
  if (!step) return null;
  const lang = (stepLocale: string) => (stepLocale === locale ? undefined : stepLocale);
  return (
    <div className="presenter-view" role="region" aria-label={t("label", { title })}>
      <header className="presenter-bar">
        <p className="presenter-progress" aria-live="polite">
          {present("progress", { number: index + 1, total: steps.length })}
        </p>
        <PresenterClock />
        <nav className="presenter-controls" aria-label={t("controls")}>
          <button type="button" onClick={() => go(index - 1)} disabled={index === 0}>
            {present("previous")}
          </button>
          <button type="button" onClick={() => go(index + 1)} disabled={next === undefined}>
            {present("next")}
          </button>
        </nav>
      </header>
      <section className="presenter-current" aria-labelledby="presenter-step-title">
        <h1 id="presenter-step-title" lang={lang(step.titleLocale)}>
          {step.title}
        </h1>
        {step.entry?.dateLabel ? <p className="presenter-date">{step.entry.dateLabel}</p> : null}
        <h2>{t("narrative")}</h2>
        <p className="presenter-narrative">{step.narrative || t("noNarrative")}</p>
        {step.question ? (
          <>
            <h2>{t("question")}</h2>
            <p className="presenter-question">{step.question}</p>
          </>
        ) : null}
      </section>
      <aside className="presenter-next" aria-label={t("nextLabel")}>
        {next ? (
          <p>
            {t("next")} <span lang={lang(next.titleLocale)}>{next.title}</span>
          </p>
        ) : (
          <p>{t("last")}</p>
        )}
      </aside>
    </div>
  );
}
