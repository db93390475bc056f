"use client";

import { useLocale, useTranslations } from "next-intl";
import { memo, useEffect, useRef } from "react";
import { RelationReason } from "@/components/entries/relation-reason";
import { AddToTour } from "@/components/tours/add-to-tour";
import { Link } from "@/i18n/navigation";
import type { EntrySummary } from "@/lib/data/entries/entry-summary";
import type { EntryDetail } from "@/lib/data/entries/get-published-entry";
import { entryThumbnail } from "@/lib/media/entry-thumbnail";
import { EntryThumbnailImage } from "./entry-thumbnail-image";

export interface SelectedEntryPanelProps {
  entry: EntrySummary;
  detail: EntryDetail | null;
  onSelect: (entry: EntrySummary) => void;
  onClose: () => void;
}

/** What is selected, with its comparable and related entries one click away. Memoised like the list. */
export const SelectedEntryPanel = memo(function SelectedEntryPanel({ entry, detail, onSelect, onClose }: SelectedEntryPanelProps) {
  const t = useTranslations("explorer");
  const kinds = useTranslations("kinds");
  const relations = useTranslations("relations");
  const entryText = useTranslations("entry");
  const locale = useLocale();
  const heading = useRef<HTMLHeadingElement>(null);
  const panel = useRef<HTMLElement>(null);
  const thumbnail = detail?.media.map(entryThumbnail).find((t) => t !== null) ?? null;

  // Choosing a linked entry replaces the button that had focus: keep the keyboard in the panel.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when another entry is shown, which is what moves focus
  useEffect(() => {
    const active = document.activeElement;
    if (active === document.body || (active && panel.current?.contains(active) && active !== heading.current)) heading.current?.focus();
  }, [entry.id]);

  return (
    <section ref={panel} className="selected-entry" aria-labelledby="selected-entry-title">
      <h2 id="selected-entry-title" ref={heading} tabIndex={-1} lang={entry.titleLocale}>
        {entry.title}
      </h2>
      <p className="meta">
        {kinds(entry.kind)}
        {entry.dateLabel ? ` · ${entry.dateLabel}` : ""}
      </p>
      {thumbnail ? <EntryThumbnailImage thumbnail={thumbnail} className="selected-entry-thumbnail" /> : null}
      {detail?.text.summary ? <p>{detail.text.summary}</p> : null}
      {detail && detail.relations.length > 0 ? (
        <>
          <h3>{t("linkedEntries")}</h3>
          <ul className="linked-entries">
            {detail.relations.map((relation) => (
              <li key={`${relation.type}-${relation.entry.id}`}>
                <span className="relation-label">{relations(`${relation.type}.${relation.direction}`)}:</span>{" "}
                <button type="button" className="link-button" onClick={() => onSelect(relation.entry)}>
                  {relation.entry.title}
                </button>
                <RelationReason note={relation.note} source={relation.source} sourceLabel={entryText("source")} locale={locale} />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p className="actions">
        <Link href={`/entries/${entry.slug}`}>{t("openEntryPage")}</Link>
        <button type="button" onClick={onClose}>
          {t("clearSelection")}
        </button>
      </p>
      <AddToTour entrySlug={entry.slug} />
    </section>
  );
});
