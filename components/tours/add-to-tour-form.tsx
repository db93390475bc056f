"use client";

import { useLocale, useTranslations } from "next-intl";
import { useEffect, useId, useState, useTransition } from "react";
import { Link } from "@/i18n/navigation";
import { type AddToTourResult, addEntryToTourAction } from "@/lib/actions/tours/add-entry-to-tour";
import { stepViewFromExplorerLink } from "./explorer-view";

const NEW = "";

interface TourChoices {
  canAdd: boolean;
  tours: { slug: string; title: string }[];
}

/**
 * The "Add to tour" form (loaded by add-to-tour.tsx only for people who may make tours): the entry
 * becomes the last step of a chosen tour of theirs, or the first of a new one, with the map view and
 * timeline window the explorer's address holds now.
 */
export default function AddToTourForm({ entrySlug }: { entrySlug: string }) {
  const t = useTranslations("addToTour");
  const locale = useLocale();
  const id = useId();
  const [choices, setChoices] = useState<TourChoices>({ canAdd: true, tours: [] });
  const [round, setRound] = useState(0);
  const [tour, setTour] = useState<string | null>(null);
  const [title, setTitle] = useState("");
  const [result, setResult] = useState<AddToTourResult | null>(null);
  const [pending, start] = useTransition();

  // The person's tours in the page's language, again after an addition made a new one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` asks again after an addition
  useEffect(() => {
    let live = true;
    fetch(`/api/v1/admin/tours/choices?locale=${locale}`, { headers: { Accept: "application/json" } })
      .then((response) => response.json() as Promise<TourChoices>)
      .then((answer) => {
        if (!live) return;
        setChoices(answer);
        setTour((current) => current ?? answer.tours[0]?.slug ?? NEW);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [locale, round]);

  const chosen = tour ?? NEW;

  function add() {
    const view = stepViewFromExplorerLink(window.location.href, window.location.origin);
    start(async () => {
      const answer = await addEntryToTourAction({
        tourSlug: chosen === NEW ? null : chosen,
        newTitle: title,
        step: { kind: "entry", entrySlug, ...view },
      });
      setResult(answer);
      if (answer.status === "added") {
        setTour(answer.added.slug);
        setRound((r) => r + 1);
      }
    });
  }

  return (
    <details className="add-to-tour">
      <summary>{t("button")}</summary>
      <div className="field">
        <label htmlFor={`${id}-tour`}>{t("tour")}</label>
        <select id={`${id}-tour`} value={chosen} onChange={(event) => setTour(event.target.value)}>
          {choices.tours.map((choice) => (
            <option key={choice.slug} value={choice.slug}>
              {choice.title}
            </option>
          ))}
          <option value={NEW}>{t("newTour")}</option>
        </select>
      </div>
      {chosen === NEW ? (
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
