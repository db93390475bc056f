import { getTranslations } from "next-intl/server";
import { SourceList } from "@/components/entries/source-list";
import { Link } from "@/i18n/navigation";
import type { TourStepView } from "@/lib/data/tours/get-tour-for-viewing";

/** A tour's steps in order, as a page to read: each step's text, the teacher's question, and the entry's sources. */
export async function TourStepsList({ steps }: { steps: TourStepView[] }) {
  const t = await getTranslations("tourPage");
  return (
    <ol className="tour-step-list">
      {steps.map((step) => (
        <li key={step.number}>
          <h3>
            <span className="tour-step-number">{t("step", { number: step.number })}: </span>
            <span lang={step.titleLocale}>{step.title}</span>
          </h3>
          {step.entry ? (
            <p className="meta">
              <Link href={`/entries/${step.entry.slug}`}>{step.entry.title}</Link>
              {step.entry.dateLabel ? ` · ${step.entry.dateLabel}` : ""}
            </p>
          ) : null}
          {step.article ? (
            <p className="meta">
              <Link href={`/articles/${step.article.slug}`}>{step.article.title}</Link>
            </p>
          ) : null}
          {step.narrative ? <p className="tour-narrative">{step.narrative}</p> : null}
          {step.question ? (
            <p className="tour-question">
              <strong>{t("question")}:</strong> {step.question}
            </p>
          ) : null}
          {step.sources.length ? (
            <details>
              <summary>{t("sources")}</summary>
              <SourceList sources={step.sources} />
            </details>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
