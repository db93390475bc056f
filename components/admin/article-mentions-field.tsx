"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { EntryCombobox } from "@/components/ui/entry-combobox";
import { CONTENT_LOCALES } from "@/lib/content/locales";
import { EMPTY_NOTE } from "@/lib/content/localized-note";
import type { EntryOption } from "@/lib/data/search/search-entry-options";
import type { ArticleMentionValue } from "@/lib/forms/article-form";

export interface ArticleMentionsFieldProps {
  initial: ArticleMentionValue[];
  /** The entries mentioned when the page opened, so their titles show without a search. */
  mentioned: EntryOption[];
  errors: Record<string, string>;
}

/** Which entries the article is about, each with an optional note; each found on the server by title or slug. */
export function ArticleMentionsField({ initial, mentioned, errors }: ArticleMentionsFieldProps) {
  const t = useTranslations("articleEditor.mentions");
  const pickerId = useId();
  const [mentions, setMentions] = useState(initial);
  const [titles, setTitles] = useState(() => new Map(mentioned.map((e) => [e.slug, e.title])));
  const [typed, setTyped] = useState("");
  const [picked, setPicked] = useState<EntryOption | null>(null);
  const titleOf = (slug: string) => titles.get(slug) ?? slug;

  function add() {
    if (!picked) return;
    const entry = picked;
    setTitles((current) => new Map(current).set(entry.slug, entry.title));
    setMentions((current) =>
      current.some((m) => m.entrySlug === entry.slug) ? current : [...current, { entrySlug: entry.slug, note: { ...EMPTY_NOTE } }],
    );
    setTyped("");
    setPicked(null);
  }

  return (
    <fieldset className="article-mentions">
      <legend>{t("legend")}</legend>
      <p className="hint">{t("hint")}</p>
      {mentions.length ? (
        <ul>
          {mentions.map((mention, index) => {
            const slugErrorId = `mentions.${index}.entrySlug-error`;
            const slugError = errors[`mentions.${index}.entrySlug`];
            return (
              <li key={mention.entrySlug}>
                <input type="hidden" name="mentionSlug" value={mention.entrySlug} />
                {slugError ? (
                  <p id={slugErrorId} className="field-error">
                    {slugError}
                  </p>
                ) : null}
                {CONTENT_LOCALES.map((locale) => {
                  const noteId = `mentions.${index}.note.${locale}`;
                  const noteError = errors[noteId];
                  return (
                    <div className="field" key={locale}>
                      <label htmlFor={noteId}>{t("note", { title: titleOf(mention.entrySlug), locale })}</label>
                      <input
                        id={noteId}
                        name={`mentionNote.${locale}`}
                        lang={locale}
                        value={mention.note[locale]}
                        onChange={(event) => {
                          const text = event.target.value;
                          setMentions((current) =>
                            current.map((m, i) => (i === index ? { ...m, note: { ...m.note, [locale]: text } } : m)),
                          );
                        }}
                        aria-invalid={Boolean(noteError)}
                        aria-describedby={
                          [noteError ? `${noteId}-error` : null, slugError ? slugErrorId : null].filter(Boolean).join(" ") || undefined
                        }
                      />
                      {noteError ? (
                        <p id={`${noteId}-error`} className="field-error">
                          {noteError}
                        </p>
                      ) : null}
                    </div>
                  );
                })}
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
        <EntryCombobox
          id={pickerId}
          scope="staff"
          exclude={mentions.map((m) => m.entrySlug)}
          value={typed}
          onChange={(value) => {
            setTyped(value);
            setPicked(null);
          }}
          onResolve={setPicked}
          reading={{ found: (title) => t("chosen", { title }), unknown: t("unknown") }}
        />
        <button type="button" onClick={add} disabled={!picked}>
          {t("add")}
        </button>
      </div>
    </fieldset>
  );
}
