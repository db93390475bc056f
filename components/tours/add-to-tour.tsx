"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useState, useTransition } from "react";
import { Link } from "@/i18n/navigation";
import { type AddToTourResult, addEntryToTourAction } from "@/lib/actions/tours/add-entry-to-tour";
import { stepViewFromExplorerLink } from "./explorer-view";

interface TourChoices {
  canAdd: boolean;
  tours: { slug: string; title: string }[];
}

// Asked once per page (and again after an addition): the answer only changes when the person signs in or out.
let choices: Promise<TourChoices> | null = null;
function loadChoices(locale: string): Promise<TourChoices> {
  choices ??= fetch(`/api/v1/admin/tours/choices?locale=${locale}`, { headers: { Accept: "application/json" } })
    .then((response) => (response.ok ? (response.json() as Promise<TourChoices>) : { canAdd: false, tours: [] }))
    .catch(() => ({ canAdd: false, tours: [] }));
  return choices;
}

const NEW = "";

/**
 * "Add to tour" under the explorer's selected entry, for staff who make tours (nothing for anyone
 * else): the entry becomes the last step of a chosen tour of theirs, or the first of a new one, with
 * the map view and timeline window the explorer's address holds now.
 */
export function AddToTour({ entrySlug }: { entrySlug: string }) {
  const t = useTranslations("addToTour");
  const locale = useLocale();
  const id = useId();
  const [known, setKnown] = useState<TourChoices | null>(null);
  const [tour, setTour] = useState(NEW);
  const [title, setTitle] = useState("");
  const [result, setResult] = useState<AddToTourResult | null>(null);
  const [pending, start] = useTransition();

  useEffect(() => {
    let live = true;
    loadChoices(locale).then((answer) => {
      if (live) {
        setKnown(answer);
        setTour((current) => current || answer.tours[0]?.slug || NEW);
      }
    });
    return () => {
      live = false;
    };
  }, [locale]);

  if (!known?.canAdd) return null;

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
        choices = null;
        const refreshed = await loadChoices(locale);
        setKnown(refreshed);
        setTour(answer.added.slug);
      }
    });
  }

  return (
    <details className="add-to-tour">
      <summary>{t("button")}</summary>
      <div className="field">
        <label htmlFor={`${id}-tour`}>{t("tour")}</label>
        <select id={`${id}-tour`} value={tour} onChange={(event) => setTour(event.target.value)}>
          {known.tours.map((choice) => (
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
