"use client";

import dynamic from "next/dynamic";
import { useLocale } from "next-intl";
import { useEffect, useState } from "react";

export interface TourChoices {
  canAdd: boolean;
  tours: { slug: string; title: string }[];
}

// The form is a chunk of its own, fetched only for people who may make tours: visitors' explorer
// pages carry none of it.
const AddToTourForm = dynamic(() => import("./add-to-tour-form"), { ssr: false });

// Asked once per page (and again after an addition): the answer only changes when the person signs in or out.
let asked: Promise<TourChoices> | null = null;
function loadChoices(locale: string): Promise<TourChoices> {
  asked ??= fetch(`/api/v1/admin/tours/choices?locale=${locale}`, { headers: { Accept: "application/json" } })
    .then((response) => (response.ok ? (response.json() as Promise<TourChoices>) : { canAdd: false, tours: [] }))
    .catch(() => ({ canAdd: false, tours: [] }));
  return asked;
}

/**
 * "Add to tour" under the explorer's selected entry, for staff who make tours (nothing for anyone
 * else): the entry becomes the last step of a chosen tour of theirs, or the first of a new one, with
 * the map view and timeline window the explorer's address holds now.
 */
export function AddToTour({ entrySlug }: { entrySlug: string }) {
  const locale = useLocale();
  const [choices, setChoices] = useState<TourChoices | null>(null);
  const [round, setRound] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` asks again after an addition made a new tour
  useEffect(() => {
    let live = true;
    loadChoices(locale).then((answer) => {
      if (live) setChoices(answer);
    });
    return () => {
      live = false;
    };
  }, [locale, round]);

  if (!choices?.canAdd) return null;
  return (
    <AddToTourForm
      entrySlug={entrySlug}
      choices={choices}
      onAdded={() => {
        asked = null;
        setRound((r) => r + 1);
      }}
    />
  );
}
