"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import type { ReviewItemForm } from "@/lib/article-import/review-initial-decisions";
import { formatHistoricalDate, parseHistoricalDate } from "@/lib/dates";
import { ProposalDecision } from "./proposal-decision";
import { ReviewField } from "./review-field";

type EventForm = NonNullable<ReviewItemForm["event"]>;

export interface EventProposalProps {
  event: EventForm;
  /** The text's name for the place when it is a former or foreign one ("Königsberg" for Kaliningrad). */
  matchedName?: string;
  /** The form path of this event: "items.0.event". */
  path: string;
  errors: Record<string, string>;
  onChange: (event: EventForm) => void;
}

/** The date as people read it ("6 June 2024"), or as typed while it does not read as a date. */
export function useDateLabel(): (edtf: string) => string {
  const locale = useLocale();
  return (edtf) => {
    try {
      return formatHistoricalDate(parseHistoricalDate(edtf), locale);
    } catch {
      return edtf;
    }
  };
}

/** The item's proposed event: its title, date and place, accepted as proposed, edited or rejected. */
export function EventProposal({ event, matchedName, path, errors, onChange }: EventProposalProps) {
  const t = useTranslations("articleImport.review");
  const f = useTranslations("articleImport.fields");
  const dateLabel = useDateLabel();
  const [editing, setEditing] = useState(false);
  const hasError = Object.keys(errors).some((name) => name.startsWith(`${path}.`));
  const title = [event.title.en, event.title.ru].filter(Boolean).join(" / ") || event.existingSlug || "";
  const set = (change: Partial<EventForm>) => onChange({ ...event, ...change });
  return (
    <div className="proposal">
      <p className="proposal-title">{title}</p>
      {event.existingSlug ? <p>{t("eventExisting", { slug: event.existingSlug })}</p> : null}
      <p>{event.date ? t("date", { date: dateLabel(event.date) }) : t("noDate")}</p>
      <p>
        {!event.latitude || !event.longitude
          ? t("noPlace")
          : matchedName
            ? t("placeMatched", { name: event.placeName, matched: matchedName, lat: event.latitude, lon: event.longitude })
            : t("place", { name: event.placeName, lat: event.latitude, lon: event.longitude })}
      </p>
      <ProposalDecision
        label={t("eventLabel", { title })}
        decision={event.decision}
        editing={editing && !event.existingSlug}
        onDecide={(decision, edit) => {
          setEditing(edit);
          set({ decision });
        }}
      />
      {(editing || hasError) && event.decision === "accept" && !event.existingSlug ? (
        <div className="proposal-fields">
          <ReviewField
            name={`${path}.title.en`}
            label={f("titleEn")}
            value={event.title.en}
            onChange={(en) => set({ title: { ...event.title, en } })}
            errors={errors}
          />
          <ReviewField
            name={`${path}.title.ru`}
            label={f("titleRu")}
            value={event.title.ru}
            onChange={(ru) => set({ title: { ...event.title, ru } })}
            errors={errors}
          />
          <ReviewField name={`${path}.date`} label={f("date")} value={event.date} onChange={(date) => set({ date })} errors={errors} />
          <ReviewField
            name={`${path}.placeName`}
            label={f("placeName")}
            value={event.placeName}
            onChange={(placeName) => set({ placeName })}
            errors={errors}
          />
          <ReviewField
            name={`${path}.latitude`}
            label={f("latitude")}
            inputMode="decimal"
            value={event.latitude}
            onChange={(latitude) => set({ latitude })}
            errors={errors}
          />
          <ReviewField
            name={`${path}.longitude`}
            label={f("longitude")}
            inputMode="decimal"
            value={event.longitude}
            onChange={(longitude) => set({ longitude })}
            errors={errors}
          />
        </div>
      ) : null}
    </div>
  );
}
