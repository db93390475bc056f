"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import type { EntryOption } from "@/lib/data/entries/list-entry-options";
import type { ArticleMentionValue } from "@/lib/forms/article-form";

export interface ArticleMentionsFieldProps {
  initial: ArticleMentionValue[];
  entries: EntryOption[];
  errors: Record<string, string>;
}

/** Which entries the article is about, each with an optional note; picked from every entry. */
export function ArticleMentionsField({ initial, entries, errors }: ArticleMentionsFieldProps) {
  const t = useTranslations("articleEditor.mentions");
  const pickerId = useId();
  const [mentions, setMentions] = useState(initial);
  const [picked, setPicked] = useState("");
  const titleOf = (slug: string) => entries.find((e) => e.slug === slug)?.title ?? slug;
  const available = entries.filter((e) => !mentions.some((m) => m.entrySlug === e.slug));

  function add() {
    if (!picked) return;
    setMentions((current) => [...current, { entrySlug: picked, note: "" }]);
    setPicked("");
  }

  return (
    <fieldset className="article-mentions">
      <legend>{t("legend")}</legend>
      <p className="hint">{t("hint")}</p>
      {mentions.length ? (
        <ul>
          {mentions.map((mention, index) => {
            const noteId = `mentions.${index}.note`;
            const slugError = errors[`mentions.${index}.entrySlug`];
            const noteError = errors[noteId];
            return (
              <li key={mention.entrySlug}>
                <input type="hidden" name="mentionSlug" value={mention.entrySlug} />
                <div className="field">
                  <label htmlFor={noteId}>{t("note", { title: titleOf(mention.entrySlug) })}</label>
                  <input
                    id={noteId}
                    name="mentionNote"
                    value={mention.note}
                    onChange={(event) => {
                      const note = event.target.value;
                      setMentions((current) => current.map((m, i) => (i === index ? { ...m, note } : m)));
                    }}
                    aria-invalid={Boolean(noteError)}
                    aria-describedby={noteError || slugError ? `${noteId}-error` : undefined}
                  />
                  {noteError || slugError ? (
                    <p id={`${noteId}-error`} className="field-error">
                      {noteError ?? slugError}
                    </p>
                  ) : null}
                </div>
                <button
                  type="button"
                  className="link-button"
                  onClick={() => setMentions((current) => current.filter((_, i) => i !== index))}
                >
                  {t("remove", { title: titleOf(mention.entrySlug) })}
                </button>
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{t("none")}</p>
      )}
      <div className="article-mentions-picker">
        <label htmlFor={pickerId}>{t("pick")}</label>
        <select id={pickerId} value={picked} onChange={(event) => setPicked(event.target.value)}>
          <option value="">{t("choose")}</option>
          {available.map((entry) => (
            <option key={entry.slug} value={entry.slug}>
              {entry.title}
            </option>
          ))}
        </select>
        <button type="button" onClick={add} disabled={!picked}>
          {t("add")}
        </button>
      </div>
    </fieldset>
  );
}
