"use client";

import { useTranslations } from "next-intl";
import { useId, useState, useTransition } from "react";
import { Link } from "@/i18n/navigation";
import { type AddToTourResult, addEntryToTourAction } from "@/lib/actions/tours/add-entry-to-tour";
import type { TourChoices } from "./add-to-tour";
import { stepViewFromExplorerLink } from "./explorer-view";

const NEW = "";

/** The "Add to tour" form, loaded only for people who may make tours (see add-to-tour.tsx). */
export default function AddToTourForm({ entrySlug, choices, onAdded }: { entrySlug: string; choices: TourChoices; onAdded: () => void }) {
  const t = useTranslations("addToTour");
  const id = useId();
  const [tour, setTour] = useState(choices.tours[0]?.slug ?? NEW);
  const [title, setTitle] = useState("");
  const [result, setResult] = useState<AddToTourResult | null>(null);
  const [pending, start] = useTransition();

  function add() {
    const view = stepViewFromExplorerLink(window.location.href, window.location.origin);
    start(async () => {
      const answer = await addEntryToTourAction({
        tourSlug: tour === NEW ? null : tour,
        newTitle: title,
        step: { kind: "entry", entrySlug, ...view },
      });
      setResult(answer);
      if (answer.status === "added") {
        setTour(answer.added.slug);
        onAdded();
      }
    });
  }

  return (
    <details className="add-to-tour">
      <summary>{t("button")}</summary>
      <div className="field">
        <label htmlFor={`${id}-tour`}>{t("tour")}</label>
        <select id={`${id}-tour`} value={tour} onChange={(event) => setTour(event.target.value)}>
          {choices.tours.map((choice) => (
            <option key={choice.slug} value={choice.slug}>
              {choice.title}
            </option>
          ))}
          <option value={NEW}>{t("newTour")}</option>
        </select>
      </div>
      {tour === NEW ? (
        <div className="field">
          <label htmlFor={`${id}-title`}>{t("newTitle")}</label>
          <input id={`${id}-title`} value={title} onChange={(event) => setTitle(event.target.value)} />
        </div>
      ) : null}
      <button type="button" onClick={add} disabled={pending}>
        {t("add")}
      </button>
      <p role="status">
        {result?.status === "added" ? (
          <>
            {t("added", { title: result.added.title, number: result.added.number })}{" "}
            <Link href={`/admin/tours/${result.added.slug}`}>{t("open")}</Link>
          </>
        ) : result?.status === "refused" ? (
          t("failed", { message: result.message })
        ) : null}
      </p>
    </details>
  );
}
